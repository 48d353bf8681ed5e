package fr.ent.sesame.token;

public enum TokenPurpose {
    /** Procedure 2: a link mailed to the validated personal address (by the person, or by the support desk). */
    PASSWORD_RESET,
    ADDRESS_VALIDATION,
    /**
     * A reset link the support desk hands over in person, for those procedure 2 cannot serve (temporary
     * accounts, no validated address): shown once to the agent, never mailed, so it has no target address.
     */
    SUPPORT_RESET
}
