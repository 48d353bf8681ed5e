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
    ACTIVATION_CODE_SENT,
    /** Support desk: the person's guessing counters and locks cleared. */
    SUPPORT_LOCKS_CLEARED,
    /** Support desk: a reset link sent to the person's validated address (procedure 2's mail). */
    SUPPORT_RESET_LINK_SENT,
    /** Support desk: a one-time link handed over in person (temporary account, or no validated address). */
    SUPPORT_LINK_ISSUED,
    /** Support desk: the secret question removed (the person says it is compromised). */
    SUPPORT_QUESTION_REMOVED,
    /** Support desk: the validation link of a pending personal address sent again. */
    SUPPORT_VALIDATION_RESENT,
    /** Support desk: a personal address removed (validated or pending). */
    SUPPORT_ADDRESS_REMOVED,
    /** Support desk: every session of the person ended. */
    SUPPORT_SESSIONS_ENDED,
    /** Support desk: a mail given up put back in the outbox (detail: its id and template). */
    SUPPORT_MAIL_RETRIED
}
