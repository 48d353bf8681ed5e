package fr.ent.sesame.mail;

import java.time.Instant;

/**
 * A mail of the outbox as the support desk sees it ({@code nextAttemptAt}: when it was given up, for a
 * mail given up; {@code retryable}: given up, and its content still kept): never its content (a reset link must not outlive its
 * mail), and its recipient only where the page shows it masked.
 */
public record OutboxEntry(
        Long id,
        String recipient,
        String template,
        String status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        String lastError,
        boolean retryable) {

    /**
     * The recipient as support pages show it: enough for the person on the phone to recognise it, not
     * enough to read it out to someone else ({@code j•••••@example.org}).
     */
    public String maskedRecipient() {
        int at = recipient == null ? -1 : recipient.indexOf('@');
        return at < 1 ? "•••" : recipient.charAt(0) + "•••••" + recipient.substring(at);
    }

    /** Still to be sent, now or at its next attempt. */
    public boolean waiting() {
        return OutboxMail.PENDING.equals(status);
    }
}
