package fr.ent.sesame.audit;

public enum AuditEventType {
    SIGN_IN,
    SIGN_OUT,
    PASSWORD_CHANGED,
    QUESTION_CHANGED,
    ADDRESS_CHANGE_REQUESTED,
    ADDRESS_VALIDATED,
    RESET_REQUESTED,
    RESET_LINK_SENT,
    RESET_LINK_USED,
    RESET_LINK_REFUSED,
    ANSWER_WRONG,
    ANSWER_RIGHT,
    LOCKED,
    PASSWORD_RESET,
    IDENTIFIER_RECOVERY,
    ACCOUNT_ACTIVATED,
    /** Mon compte: a change refused because the current password typed with it was wrong. */
    CURRENT_PASSWORD_WRONG,
    /** Activation: the details typed prove no account that may be activated, or too many attempts. */
    ACTIVATION_REFUSED,
    /** Activation: a one-time code mailed to the enrolment address (the details typed proved this member). */
    ACTIVATION_CODE_SENT
}
