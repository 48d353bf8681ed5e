package fr.ent.sesame.directory;

public enum AccountState {
    NOT_ACTIVATED,
    ACTIVE,
    DISABLED
}
