package fr.ent.sesame.directory;

/** A personal address counts for password reset only once VALIDATED through the link sent to it. */
public enum PersonalAddressState {
    PENDING,
    VALIDATED,
    REPLACED
}
