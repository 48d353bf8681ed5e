package fr.ent.sesame.kernel;

import java.time.Duration;

/** A node has rendered its anonymous pages to itself as it started: how many times, how many failed, how long. */
public record PagesWarmed(int rendered, int failed, Duration took) {}
