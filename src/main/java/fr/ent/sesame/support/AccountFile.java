package fr.ent.sesame.support;

import fr.ent.sesame.audit.AuditEvent;
import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.mail.OutboxEntry;
import fr.ent.sesame.security.Throttle;
import java.time.Instant;
import java.util.List;

/**
 * What the support desk sees of one account: its state and what the person set, never a secret (whether a
 * question is set, not its answer; when a link was issued, not the link).
 */
public record AccountFile(
        PersonFound person,
        boolean questionSet,
        Instant questionChangedAt,
        Instant passwordChangedAt,
        List<Address> addresses,
        List<Throttle.Standing> counters,
        List<Link> links,
        List<OutboxEntry> mails,
        List<AuditEvent> events,
        Actions possible) {

    /** A personal address that counts (validated) or waits for its validation (pending), and since when. */
    public record Address(Long id, EmailAddress address, boolean validated, Instant since) {}

    /** A link that can still be used: what it is for, when it was issued and when it stops working. */
    public record Link(String purpose, Instant issuedAt, Instant expiresAt) {}

    /**
     * Which actions make sense for this account (the page offers only those; the service checks again):
     * a reset link by mail needs procedure 2 to serve the person, a link handed over in person is for
     * those it cannot serve.
     */
    public record Actions(
            boolean mailResetLink, boolean handOverLink, boolean removeQuestion, boolean resendValidation) {}

    /** Whether some counter holds a lock now. */
    public boolean locked() {
        return counters.stream().anyMatch(counter -> counter.lockedUntil() != null);
    }
}
