package fr.ent.sesame.directory;

/** Temporary accounts are excluded from self-service: their holders contact support. */
public enum AccountKind {
    REGULAR,
    TEMPORARY
}
