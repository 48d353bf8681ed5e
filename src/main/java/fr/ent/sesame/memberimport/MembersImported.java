package fr.ent.sesame.memberimport;

/**
 * Fired in a chunk's transaction with what it did to the rows it handled (a rejected row is its own event);
 * metrics count it once the chunk commits, so a chunk rolled back and retried is counted once.
 */
public record MembersImported(long created, long updated, long unchanged, long rejected) {}
