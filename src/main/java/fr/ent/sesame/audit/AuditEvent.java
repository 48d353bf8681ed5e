package fr.ent.sesame.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One security event, written once and never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    private AuditEventType type;

    @Column(name = "account_id")
    private Long accountId;

    /** SHA-256 of the identifier as typed, so attempts on unknown identifiers can be told apart without storing them. */
    @Column(name = "subject_hash", nullable = false, length = 64)
    private String subjectHash;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "node", length = 64)
    private String node;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditOutcome outcome;

    @Column(length = 255)
    private String detail;

    @Column(length = 80)
    private String actor;

    /** Why a support agent acted (their words, required of them); null for every other event. */
    @Column(length = 500)
    private String reason;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(
            Instant occurredAt,
            AuditEventType type,
            Long accountId,
            String subjectHash,
            String clientAddress,
            String node,
            AuditOutcome outcome,
            String detail,
            String actor,
            String reason) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.accountId = accountId;
        this.subjectHash = subjectHash;
        this.clientAddress = clientAddress;
        this.node = node;
        this.outcome = outcome;
        this.detail = detail;
        this.actor = actor;
        this.reason = reason;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public AuditEventType type() {
        return type;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String actor() {
        return actor;
    }

    public Long accountId() {
        return accountId;
    }

    public String reason() {
        return reason;
    }

    /** Whether a support agent acted, so Activité de mon compte says "by the support desk". */
    public boolean bySupport() {
        return actor != null && actor.startsWith(AuditLog.SUPPORT_PREFIX);
    }

    /** The person's identifier when a signed-in person acted, else null. */
    public String actingPerson() {
        return actor != null && actor.startsWith(AuditLog.PERSON_PREFIX)
                ? actor.substring(AuditLog.PERSON_PREFIX.length())
                : null;
    }

    /** The agent's identifier when a support agent acted, else null. */
    public String supportAgent() {
        return bySupport() ? actor.substring(AuditLog.SUPPORT_PREFIX.length()) : null;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    /**
     * The event's fields by name, in the order of {@link #toString()}: the keys of a JSON audit line
     * (wildfly-config/json-logs.cli). Never a secret: the identifier only as the start of its hash.
     */
    public java.util.Map<String, String> fields() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("type", type.name());
        fields.put("outcome", outcome.name());
        fields.put("actor", actor);
        fields.put("account", accountId == null ? "-" : accountId.toString());
        fields.put("subject", subjectHash.substring(0, 16));
        fields.put("client", clientAddress);
        fields.put("node", node);
        if (detail != null) {
            fields.put("detail", detail);
        }
        if (reason != null) {
            fields.put("reason", reason);
        }
        return fields;
    }

    @Override
    public String toString() {
        return "type=" + type + " outcome=" + outcome + " actor=" + actor + " account="
                + (accountId == null ? "-" : accountId)
                + " subject=" + subjectHash.substring(0, 16) + " client=" + clientAddress + " node=" + node
                + (detail == null ? "" : " detail=" + detail) + (reason == null ? "" : " reason=\"" + reason + "\"");
    }
}
