package fr.ent.sesame.password;

/**
 * Fired each time a request asks for a hashing slot: how long it waited, and whether it got one or was told
 * the service is busy. Metrics count these; nothing else depends on them.
 */
public record HashingSlotAsked(long waitedNanos, boolean granted) {}
