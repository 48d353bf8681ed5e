package fr.ent.sesame.settings;

import java.time.Duration;

/** How long each kind of row is kept after it stopped mattering (housekeeping's settings). */
public record Retention(Duration tokens, Duration counters, Duration mails) {}
