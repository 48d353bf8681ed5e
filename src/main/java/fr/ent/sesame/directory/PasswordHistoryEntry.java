package fr.ent.sesame.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A password the account used before, kept as its hash so it is not chosen again too soon. */
@Entity
@Table(name = "password_history")
public class PasswordHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_history_seq")
    @SequenceGenerator(name = "password_history_seq", sequenceName = "password_history_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PasswordHistoryEntry() {
        // for JPA
    }

    PasswordHistoryEntry(Account account, String passwordHash, Instant createdAt) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public String passwordHash() {
        return passwordHash;
    }
}
