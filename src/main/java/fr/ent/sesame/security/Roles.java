package fr.ent.sesame.security;

public final class Roles {

    /** Every signed-in member of the university. */
    public static final String MEMBER = "member";

    private Roles() {
    }
}
