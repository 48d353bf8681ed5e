package fr.ent.sesame.directory;

import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Secrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A member of the university as Sésame knows them. Secrets are held only as self-describing hashes. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private Identifier identifier;

    /** ldap mode: the entry's stable id ({@code entryUUID}), which survives a renamed identifier. */
    @Column(name = "directory_id", unique = true, length = 64)
    private String directoryId;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "student_number")
    private String studentNumber;

    @Column(name = "staff_number")
    private String staffNumber;

    @Column(name = "ine")
    private String ine;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountState state;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "question_id")
    private String questionId;

    @Column(name = "answer_hash")
    private String answerHash;

    @Column(name = "question_changed_at")
    private Instant questionChangedAt;

    @Column(name = "charter_version")
    private String charterVersion;

    @Column(name = "charter_accepted_at")
    private Instant charterAcceptedAt;

    @Column(name = "activation_key_hash")
    private String activationKeyHash;

    @Column(name = "enrolment_address", length = 254)
    private EmailAddress enrolmentAddress;

    @Column(name = "imported_at")
    private Instant importedAt;

    @Column(name = "sessions_valid_after")
    private Instant sessionsValidAfter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    /** A member the university's systems announced: no secret yet, waiting for activation unless said otherwise. */
    public Account(DirectoryEntry entry, Instant now) {
        this.identifier = entry.identifier();
        this.createdAt = now;
        this.state = AccountState.NOT_ACTIVATED;
        takeDirectoryData(entry, now);
    }

    /**
     * Brings the directory data in line with the university's systems; never touches a password, an answer
     * or an address. False when everything already matched (nothing is written then).
     */
    public boolean takeDirectoryData(DirectoryEntry entry, Instant now) {
        // The systems say whether the member may have an account; whether it is activated is the person's doing:
        // an import can neither skip the first password nor undo an activation.
        AccountState newState = entry.state() == AccountState.DISABLED
                ? AccountState.DISABLED
                : passwordHash != null ? AccountState.ACTIVE : AccountState.NOT_ACTIVATED;
        boolean same = describedAlreadyAs(entry)
                && state == newState
                && (entry.activationKeyHash() == null
                        || entry.activationKeyHash().equals(activationKeyHash))
                && (entry.enrolmentAddress() == null || entry.enrolmentAddress().equals(enrolmentAddress));
        if (same) {
            return false;
        }
        takeDescriptionOf(entry);
        state = newState;
        // A file without the key or the enrolment address leaves the ones an earlier file gave.
        if (entry.activationKeyHash() != null) {
            activationKeyHash = entry.activationKeyHash();
        }
        if (entry.enrolmentAddress() != null) {
            enrolmentAddress = entry.enrolmentAddress();
        }
        importedAt = now;
        return true;
    }

    /**
     * ldap mode: the directory's word on who this person is, including whether the entry is temporary,
     * disabled or not activated (the site's filters). Sésame keeps no password hash then; one left from
     * database mode is dropped. False when everything already matched.
     */
    public boolean takeDirectoryPerson(String entryId, DirectoryEntry entry, Instant now) {
        boolean same = Objects.equals(directoryId, entryId)
                && passwordHash == null
                && Objects.equals(identifier, entry.identifier())
                && describedAlreadyAs(entry)
                && Objects.equals(enrolmentAddress, entry.enrolmentAddress())
                && state == entry.state();
        if (same) {
            return false;
        }
        directoryId = entryId;
        identifier = entry.identifier();
        takeDescriptionOf(entry);
        enrolmentAddress = entry.enrolmentAddress();
        state = entry.state();
        passwordHash = null;
        importedAt = now;
        return true;
    }

    /** Names, birth date, numbers and kind: who the person is, as the university describes them. */
    private boolean describedAlreadyAs(DirectoryEntry entry) {
        return Objects.equals(lastName, entry.lastName())
                && Objects.equals(firstName, entry.firstName())
                && Objects.equals(birthDate, entry.birthDate())
                && Objects.equals(studentNumber, entry.studentNumber())
                && Objects.equals(ine, entry.ine())
                && Objects.equals(staffNumber, entry.staffNumber())
                && kind == entry.kind();
    }

    private void takeDescriptionOf(DirectoryEntry entry) {
        lastName = entry.lastName();
        firstName = entry.firstName();
        birthDate = entry.birthDate();
        studentNumber = entry.studentNumber();
        ine = entry.ine();
        staffNumber = entry.staffNumber();
        kind = entry.kind();
    }

    public String directoryId() {
        return directoryId;
    }

    /**
     * How an activation key is kept and compared, whether imported or typed: case and surrounding spaces do
     * not matter (it is read off paper), only its SHA-256 is stored.
     */
    public static String activationKeyHashOf(String key) {
        return Secrets.sha256Hex(key == null ? "" : key.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Whether the person typing these details at activation is this member: birth date, and the activation
     * key when the site requires one (compared as SHA-256 hex, in constant time).
     */
    public boolean isProvenBy(LocalDate typedBirthDate, Optional<String> typedKeyHash) {
        boolean keyMatches = typedKeyHash.map(this::hasActivationKey).orElse(true);
        return birthDate != null && birthDate.equals(typedBirthDate) && keyMatches;
    }

    /** Whether the key printed on the enrolment papers is this one (SHA-256 hex, compared in constant time). */
    public boolean hasActivationKey(String typedKeyHash) {
        return activationKeyHash != null
                && MessageDigest.isEqual(
                        typedKeyHash.getBytes(StandardCharsets.US_ASCII),
                        activationKeyHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Where the university reaches the person before they have an account: the activation code goes there. */
    public Optional<EmailAddress> enrolmentAddress() {
        return Optional.ofNullable(enrolmentAddress);
    }

    /** The end of activation: the usage charter accepted in this version, and the account open for sign-in. */
    public void activate(String acceptedCharterVersion, Instant now) {
        charterVersion = acceptedCharterVersion;
        charterAcceptedAt = now;
        state = AccountState.ACTIVE;
    }

    /** Active, with a password: Sésame's hash (database mode) or the directory's (ldap mode, a directory entry). */
    public boolean canSignIn() {
        return state == AccountState.ACTIVE && (passwordHash != null || directoryId != null);
    }

    /** A new secret question and the hash of its answer (as NFKC, trimmed). */
    public void chooseSecretQuestion(String newQuestionId, String newAnswerHash, Instant now) {
        questionId = newQuestionId;
        answerHash = newAnswerHash;
        questionChangedAt = now;
    }

    /** The support desk removed the question (the person says it is compromised): procedure 1 is closed to them until they choose another. */
    public void removeSecretQuestion(Instant now) {
        questionId = null;
        answerHash = null;
        questionChangedAt = now;
    }

    /** Every session started before now ends at its next request, wherever it is. */
    public void endSessions(Instant now) {
        sessionsValidAfter = now;
    }

    public Instant questionChangedAt() {
        return questionChangedAt;
    }

    /**
     * Used when the stored hash was made with weaker parameters than today's: same password, new hash. The
     * stronger hash was computed outside the transaction from {@code checkedHash}; a password changed
     * meanwhile is left as it is.
     */
    public void upgradePasswordHash(String checkedHash, String strongerHash) {
        if (checkedHash.equals(passwordHash)) {
            this.passwordHash = strongerHash;
        }
    }

    /** Changes made outside a transaction from this state are applied only if the row is still in it. */
    public long version() {
        return version;
    }

    /**
     * A new password: sessions started before now end at their next request, wherever they are, and the
     * previous hash goes to the history.
     */
    public PasswordHistoryEntry changePassword(String newHash, Instant now) {
        PasswordHistoryEntry previous = passwordHash == null ? null : new PasswordHistoryEntry(this, passwordHash, now);
        passwordHash = newHash;
        passwordChangedAt = now;
        sessionsValidAfter = now;
        return previous;
    }

    /**
     * Whether these are this person's details, as typed in Qui suis-je: names compared without case or
     * accents (people type "Emile" for "Émile"), birth date and number exactly.
     */
    public boolean isDescribedBy(String typedLastName, String typedFirstName, LocalDate typedBirthDate) {
        return birthDate != null
                && birthDate.equals(typedBirthDate)
                && sameName(lastName, typedLastName)
                && sameName(firstName, typedFirstName);
    }

    private static boolean sameName(String stored, String typed) {
        return typed != null && fold(stored).equals(fold(typed));
    }

    /** Folded, and "Jean-Marie", "Jean Marie" and "Jean’Marie" are one name. */
    private static String fold(String name) {
        return Secrets.fold(name.strip()).replaceAll("[\\s'’-]+", " ");
    }

    public String answerHash() {
        return answerHash;
    }

    public Instant sessionsValidAfter() {
        return sessionsValidAfter;
    }

    public Long id() {
        return id;
    }

    public Identifier identifier() {
        return identifier;
    }

    public String lastName() {
        return lastName;
    }

    public String firstName() {
        return firstName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public AccountKind kind() {
        return kind;
    }

    public AccountState state() {
        return state;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public String charterVersion() {
        return charterVersion;
    }

    public Instant charterAcceptedAt() {
        return charterAcceptedAt;
    }

    public String studentNumber() {
        return studentNumber;
    }

    public String staffNumber() {
        return staffNumber;
    }

    public String ine() {
        return ine;
    }

    public boolean hasSecretQuestion() {
        return questionId != null && answerHash != null;
    }

    public String questionId() {
        return questionId;
    }
}
