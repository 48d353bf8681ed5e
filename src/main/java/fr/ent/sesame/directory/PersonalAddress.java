package fr.ent.sesame.directory;

import fr.ent.sesame.kernel.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "personal_address")
public class PersonalAddress {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "personal_address_seq")
    @SequenceGenerator(name = "personal_address_seq", sequenceName = "personal_address_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 254)
    private EmailAddress address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PersonalAddressState state;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "validated_at")
    private Instant validatedAt;

    @Version
    private long version;

    protected PersonalAddress() {
        // for JPA
    }

    /** An address the person typed; it counts only once validated through the link sent to it. */
    public PersonalAddress(Account account, EmailAddress address, Instant now) {
        this.account = account;
        this.address = address;
        this.state = PersonalAddressState.PENDING;
        this.requestedAt = now;
    }

    public void validate(Instant now) {
        state = PersonalAddressState.VALIDATED;
        validatedAt = now;
    }

    /** Another address took its place (validated, or asked for while this one was still pending). */
    public void replace() {
        state = PersonalAddressState.REPLACED;
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public EmailAddress address() {
        return address;
    }

    public PersonalAddressState state() {
        return state;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant validatedAt() {
        return validatedAt;
    }
}
