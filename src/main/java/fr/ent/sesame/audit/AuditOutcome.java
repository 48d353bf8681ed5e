package fr.ent.sesame.audit;

public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    REFUSED
}
