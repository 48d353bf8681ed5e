package fr.ent.sesame.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String template;

    @Column(nullable = false)
    private String locale;

    /**
     * The template's values as JSON; emptied once sent, since a reset link must not outlive its mail, and a
     * day after the mail was given up (housekeeping), the time the support desk has to retry it.
     */
    @Column(nullable = false, length = 4000)
    private String model;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Version
    private long version;

    protected OutboxMail() {
        // for JPA
    }

    OutboxMail(String recipient, String template, String locale, String model, Instant now) {
        this.recipient = recipient;
        this.template = template;
        this.locale = locale;
        this.model = model;
        this.status = PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        status = SENT;
        sentAt = now;
        model = "{}";
        claimedBy = null;
        claimedUntil = null;
    }

    /** Counts a failed attempt; true when it was the last one and the mail is given up. */
    boolean failed(Instant now, String error, java.time.Duration retryIn, int maxAttempts) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        claimedBy = null;
        claimedUntil = null;
        if (attempts >= maxAttempts) {
            status = FAILED;
            // When it was given up: housekeeping empties the content a day after, the support page shows it.
            nextAttemptAt = now;
            return true;
        }
        nextAttemptAt = now.plus(retryIn);
        return false;
    }

    OutboxEntry entry() {
        return new OutboxEntry(
                id,
                recipient,
                template,
                status,
                attempts,
                createdAt,
                nextAttemptAt,
                lastError,
                FAILED.equals(status) && !"{}".equals(model));
    }

    int attempts() {
        return attempts;
    }

    Long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String template() {
        return template;
    }

    String locale() {
        return locale;
    }

    String model() {
        return model;
    }
}
