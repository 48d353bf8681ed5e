package fr.ent.sesame.audit;

/**
 * Fired when a security event is written to the audit trail; observers that count events (metrics) take it
 * after the transaction commits, so an event rolled back with its change is never counted. The detail is the
 * audit event's (e.g. which procedure reset a password), or null.
 */
public record SecurityEventRecorded(AuditEventType type, AuditOutcome outcome, String detail) {}
