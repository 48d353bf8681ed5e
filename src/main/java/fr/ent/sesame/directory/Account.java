package fr.ent.sesame.directory;

import java.time.Instant;
import java.time.LocalDate;

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

/** A member of the university as Sésame knows them. Secrets are held only as self-describing hashes. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String identifier;

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

    @Column(name = "sessions_valid_after")
    private Instant sessionsValidAfter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public boolean canSignIn() {
        return state == AccountState.ACTIVE && passwordHash != null;
    }

    /** A new secret question and the hash of its answer (as NFKC, trimmed). */
    public void chooseSecretQuestion(String newQuestionId, String newAnswerHash, Instant now) {
        questionId = newQuestionId;
        answerHash = newAnswerHash;
        questionChangedAt = now;
    }

    public Instant questionChangedAt() {
        return questionChangedAt;
    }

    /** Used when the stored hash was made with weaker parameters than today's: same password, new hash. */
    public void upgradePasswordHash(String strongerHash) {
        this.passwordHash = strongerHash;
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
        return birthDate != null && birthDate.equals(typedBirthDate)
                && sameName(lastName, typedLastName) && sameName(firstName, typedFirstName);
    }

    private static boolean sameName(String stored, String typed) {
        return typed != null && fold(stored).equals(fold(typed));
    }

    /** Folded, and "Jean-Marie", "Jean Marie" and "Jean’Marie" are one name. */
    private static String fold(String name) {
        return fr.ent.sesame.kernel.Secrets.fold(name.strip()).replaceAll("[\\s'’-]+", " ");
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

    public String identifier() {
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

    public boolean hasSecretQuestion() {
        return questionId != null && answerHash != null;
    }

    public String questionId() {
        return questionId;
    }
}
