package fr.ent.sesame.token;

public enum TokenPurpose {
    PASSWORD_RESET, ADDRESS_VALIDATION
}
