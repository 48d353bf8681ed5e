package fr.ent.sesame.security;

import fr.ent.sesame.kernel.Identifier;

/** The counters Sésame keeps; each names what its subject key is. */
public final class ThrottleScopes {

    /** Wrong secret answers, by SHA-256 of the identifier as canonicalised (known or not). */
    public static final String ANSWER_ACCOUNT = "answer-account";
    /** Wrong secret answers, by client address. */
    public static final String ANSWER_CLIENT = "answer-client";
    /** Wrong secret answers, by SHA-256 of the browser session id. */
    public static final String ANSWER_SESSION = "answer-session";
    /** Reset mails asked for, by SHA-256 of the identifier. */
    public static final String RESET_MAIL_ACCOUNT = "reset-mail-account";
    /** Reset mails asked for, by client address. */
    public static final String RESET_MAIL_CLIENT = "reset-mail-client";

    /** Failed sign-ins, by SHA-256 of the identifier as canonicalised (known or not). */
    public static final String SIGN_IN_ACCOUNT = "sign-in-account";
    /** Failed sign-ins, by client address. */
    public static final String SIGN_IN_CLIENT = "sign-in-client";
    /** Failed sign-ins, by SHA-256 of the browser (its session, or its form token). */
    public static final String SIGN_IN_BROWSER = "sign-in-browser";

    /** Wrong current passwords typed in Mon compte, by account id. */
    public static final String CURRENT_PASSWORD = "current-password";

    /** Qui suis-je attempts, by client address. */
    public static final String RECOVERY_CLIENT = "recovery-client";
    /** Qui suis-je attempts, by SHA-256 of the browser session id. */
    public static final String RECOVERY_SESSION = "recovery-session";

    /** Identifiers mailed by Qui suis-je, by SHA-256 of the student or staff number typed (the person mailed). */
    public static final String RECOVERY_MAIL_PERSON = "recovery-mail-person";

    /** Activation attempts, by client address. */
    public static final String ACTIVATION_CLIENT = "activation-client";
    /** Activation attempts, by SHA-256 of the browser session id. */
    public static final String ACTIVATION_SESSION = "activation-session";

    /**
     * Activation codes mailed to one person: by account id when the details matched, else by SHA-256 of the
     * number typed, so a match and a miss do the same counting.
     */
    public static final String ACTIVATION_CODE_PERSON = "activation-code-person";

    private ThrottleScopes() {}

    /**
     * The counters that belong to one person (scope to subject key), whatever the client or browser: what
     * the support desk sees and clears. The counters by client address or session stay: they protect
     * everyone, and a locked person is helped from another browser anyway.
     */
    public static java.util.Map<String, String> ofPerson(Identifier identifier, Long accountId) {
        String identifierKey = fr.ent.sesame.kernel.Secrets.sha256Hex(identifier.value());
        java.util.Map<String, String> subjects = new java.util.LinkedHashMap<>();
        subjects.put(SIGN_IN_ACCOUNT, identifierKey);
        subjects.put(ANSWER_ACCOUNT, identifierKey);
        subjects.put(RESET_MAIL_ACCOUNT, identifierKey);
        subjects.put(CURRENT_PASSWORD, accountId.toString());
        subjects.put(ACTIVATION_CODE_PERSON, "account:" + accountId);
        return subjects;
    }
}
