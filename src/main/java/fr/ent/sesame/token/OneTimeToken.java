package fr.ent.sesame.token;

import fr.ent.sesame.kernel.EmailAddress;
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

@Entity
@Table(name = "one_time_token")
public class OneTimeToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_time_token_seq")
    @SequenceGenerator(name = "one_time_token_seq", sequenceName = "one_time_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "target_address")
    private EmailAddress targetAddress;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    protected OneTimeToken() {
        // for JPA
    }

    OneTimeToken(
            String tokenHash,
            TokenPurpose purpose,
            Long accountId,
            EmailAddress targetAddress,
            Instant createdAt,
            Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.accountId = accountId;
        this.targetAddress = targetAddress;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && voidedAt == null && now.isBefore(expiresAt);
    }

    public Long accountId() {
        return accountId;
    }

    public EmailAddress targetAddress() {
        return targetAddress;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public TokenPurpose purpose() {
        return purpose;
    }
}
