package fr.ent.sesame.mail;

/**
 * The outbox as a whole, cluster-wide (it is one table): mails waiting to be sent (first try or retry), how
 * long the oldest of them has waited, and mails given up in the last day.
 */
public record OutboxBacklog(long waiting, long oldestWaitingSeconds, long givenUpLastDay) {}
