package fr.ent.sesame.mail;

/**
 * Fired after each round of this node's outbox sender (every 15 seconds, and after each commit that wrote a
 * mail): counted in the metrics, so monitoring sees a node whose sender stopped.
 */
public record OutboxSenderRan() {}
