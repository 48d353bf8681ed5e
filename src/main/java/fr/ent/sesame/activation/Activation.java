package fr.ent.sesame.activation;

import fr.ent.sesame.address.AddressProposals;
import fr.ent.sesame.address.AddressRejected;
import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.MemberNumbers;
import fr.ent.sesame.directory.SelfService;
import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Requester;
import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.kernel.Transactions;
import fr.ent.sesame.mail.MailOutbox;
import fr.ent.sesame.password.PasswordChanges;
import fr.ent.sesame.password.PasswordHashing;
import fr.ent.sesame.question.SecretAnswers;
import fr.ent.sesame.security.Throttle;
import fr.ent.sesame.security.ThrottleScopes;
import fr.ent.sesame.settings.ActivationProof;
import fr.ent.sesame.settings.Settings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Activer son compte. Step one: the person proves who they are with a number the university gave them, the
 * birth date and a secret they alone hold, as {@code sesame.activation.proof} says: by default a one-time code
 * mailed to the enrolment address ({@link #sendCode}, then {@link #confirmCode}, which also takes the printed
 * key), or the printed key typed with the number ({@link #identify}). Every attempt counts against the client
 * address and the browser session first, and every refusal — wrong details, an account already active,
 * temporary or disabled — is the same {@link ActivationRefused}. Step two, within the granted time: the
 * charter, the first password, the secret question and the personal address, all checked before anything
 * is written, in one transaction, after the password and the answer were hashed with no transaction open.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Activation {

    private static final int LONGEST_FIELD = 32;

    @Inject
    Accounts accounts;

    @Inject
    SelfService selfService;

    @Inject
    SecretAnswers answers;

    @Inject
    PasswordHashing hashing;

    @Inject
    PasswordChanges passwordChanges;

    @Inject
    AddressProposals addresses;

    @Inject
    Throttle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    @Inject
    Transactions transactions;

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    public ActivationGrant identify(String number, LocalDate birthDate, String key, Requester requester) {
        String clientAddress = requester.clientAddress();
        String typedNumber = countedAttempt(number, clientAddress, requester.sessionId());
        ActivationProof proof = settings.activationProof();
        if (proof == ActivationProof.MAILED_CODE) {
            throw new IllegalStateException("with sesame.activation.proof=mailed-code the first step is sendCode");
        }
        Optional<String> typedKeyHash =
                proof == ActivationProof.PRINTED_KEY ? Optional.of(Account.activationKeyHashOf(key)) : Optional.empty();
        Optional<Account> account = provenAccount(typedNumber, birthDate, typedKeyHash, clientAddress);
        return grantFor(account.orElseThrow(ActivationRefused::new));
    }

    /**
     * The first step where the site mails a code: when the number and birth date prove a member who may
     * activate and the university has their enrolment address, a one-time code goes there. The answer is the
     * same whatever happened — a code sent, details that prove nobody, no enrolment address, the hourly cap
     * reached — so the page tells a classmate nothing; the next step takes the code or the printed key.
     */
    public ActivationChallenge sendCode(String number, LocalDate birthDate, Requester requester) {
        String clientAddress = requester.clientAddress();
        String typedNumber = countedAttempt(number, clientAddress, requester.sessionId());
        Optional<Account> account = provenAccount(typedNumber, birthDate, Optional.empty(), clientAddress);
        String code = Secrets.oneTimeCode();
        // A match and a miss do the same counting, so neither the page nor its timing tells them apart.
        boolean mayMail = throttle.tryUse(
                ThrottleScopes.ACTIVATION_CODE_PERSON,
                account.map(a -> "account:" + a.id()).orElseGet(() -> Secrets.sha256Hex(typedNumber)),
                settings.activationCodesPerPersonPerHour(),
                Duration.ofHours(1));
        account.ifPresent(member -> {
            Optional<EmailAddress> enrolmentAddress = member.enrolmentAddress();
            if (mayMail && enrolmentAddress.isPresent()) {
                transactions.inOne(() -> {
                    audit.record(
                            AuditEventType.ACTIVATION_CODE_SENT,
                            AuditOutcome.SUCCESS,
                            member.id(),
                            member.identifier().value(),
                            clientAddress,
                            null);
                    outbox.enqueue(
                            enrolmentAddress.get(),
                            "activation-code",
                            requester.locale(),
                            Map.of(
                                    "firstName", member.firstName(),
                                    "code", code,
                                    "minutes",
                                            Long.toString(settings.activationCodeLifetime()
                                                    .toMinutes()),
                                    "institution", settings.institutionName(),
                                    "support", settings.supportContact()));
                });
            } else {
                audit.record(
                        AuditEventType.ACTIVATION_CODE_SENT,
                        AuditOutcome.REFUSED,
                        member.id(),
                        member.identifier().value(),
                        clientAddress,
                        enrolmentAddress.isPresent() ? "hourly cap" : "no enrolment address");
            }
        });
        return new ActivationChallenge(
                account.map(Account::id).orElse(null),
                Secrets.sha256Hex(Secrets.codeForm(code)),
                clock.instant().plus(settings.activationCodeLifetime()),
                0);
    }

    /**
     * The second step where the site mails a code: the code mailed, or the key printed on the enrolment
     * papers, opens the activation form. The session counts each try before this is called
     * ({@link ActivationChallenge#oneMoreTry}); past {@code sesame.activation.code-attempts} the code is dead.
     */
    public ActivationGrant confirmCode(ActivationChallenge challenge, String typed, Requester requester) {
        if (challenge == null
                || !clock.instant().isBefore(challenge.expiresAt())
                || challenge.triesUsed() > settings.activationCodeAttempts()) {
            throw new ActivationCodeExpired();
        }
        Optional<Account> account = Optional.ofNullable(challenge.accountId())
                .flatMap(accounts::byId)
                .filter(selfService::mayActivate);
        String typedCode = Secrets.codeForm(typed);
        boolean codeRight = !typedCode.isEmpty()
                && MessageDigest.isEqual(
                        Secrets.sha256Hex(typedCode).getBytes(StandardCharsets.US_ASCII),
                        challenge.codeHash().getBytes(StandardCharsets.US_ASCII));
        boolean keyRight = account.map(a -> a.hasActivationKey(Account.activationKeyHashOf(typed)))
                .orElse(false);
        if (account.isEmpty() || !(codeRight || keyRight)) {
            audit.record(
                    AuditEventType.ACTIVATION_REFUSED,
                    AuditOutcome.FAILURE,
                    account.map(Account::id).orElse(null),
                    account.map(a -> a.identifier().value()).orElse(null),
                    requester.clientAddress(),
                    "wrong code");
            throw new ActivationRefused();
        }
        return grantFor(account.get());
    }

    /**
     * Every first step: activation must be open, and the attempt counts against the client address and the
     * browser session before anything is looked up. The number as the directory keeps it.
     */
    private String countedAttempt(String number, String clientAddress, String sessionId) {
        if (!settings.activationEnabled()) {
            throw new ActivationClosed();
        }
        boolean allowed = throttle.tryHourlyAttempt(
                ThrottleScopes.ACTIVATION_CLIENT,
                clientAddress,
                settings.activationAttemptsPerClientPerHour(),
                ThrottleScopes.ACTIVATION_SESSION,
                sessionId,
                settings.activationAttemptsPerSessionPerHour());
        String typedNumber = MemberNumbers.canonical(number);
        if (!allowed) {
            audit.record(
                    AuditEventType.ACTIVATION_REFUSED, AuditOutcome.REFUSED, null, typedNumber, clientAddress, "limit");
            throw new TooManyActivationAttempts();
        }
        return typedNumber;
    }

    /** The one member these details prove and who may activate; a refusal is recorded, and it is empty. */
    private Optional<Account> provenAccount(
            String typedNumber, LocalDate birthDate, Optional<String> typedKeyHash, String clientAddress) {
        List<Account> proven = typedNumber.isEmpty() || typedNumber.length() > LONGEST_FIELD || birthDate == null
                ? List.of()
                : accounts.byAnyNumber(typedNumber).stream()
                        .filter(a -> a.isProvenBy(birthDate, typedKeyHash))
                        .toList();
        if (proven.size() != 1 || !selfService.mayActivate(proven.get(0))) {
            Account refused = proven.size() == 1 ? proven.get(0) : null;
            audit.record(
                    AuditEventType.ACTIVATION_REFUSED,
                    AuditOutcome.FAILURE,
                    refused == null ? null : refused.id(),
                    refused == null ? typedNumber : refused.identifier().value(),
                    clientAddress,
                    refused == null ? "no match" : refused.state() + " " + refused.kind());
            return Optional.empty();
        }
        return Optional.of(proven.get(0));
    }

    private ActivationGrant grantFor(Account account) {
        return new ActivationGrant(
                account.id(), account.identifier(), clock.instant().plus(settings.activationStepLifetime()));
    }

    /** The identifier, now active. Nothing is stored unless everything is accepted. */
    public Identifier activate(
            ActivationGrant grant,
            boolean charterAccepted,
            String password,
            String confirmation,
            String questionId,
            String answer,
            String answerConfirmation,
            String personalAddress,
            Requester requester) {
        Instant now = clock.instant();
        if (grant == null || !grant.isOpenAt(now)) {
            throw new ActivationStepExpired();
        }
        Account read = accounts.byId(grant.accountId())
                .filter(selfService::mayActivate)
                .orElseThrow(ActivationRefused::new);
        if (!charterAccepted) {
            throw new CharterNotAccepted();
        }
        String normalisedAnswer = answers.accepted(
                questionId,
                answer,
                answerConfirmation,
                read,
                new SecretAnswers.Known(
                        password, EmailAddress.parse(personalAddress).stream().toList()));
        EmailAddress address = AddressRejected.unlessAcceptable(personalAddress);
        PasswordChanges.NewPassword firstPassword = passwordChanges.prepare(read, password, confirmation);
        String answerHash = hashing.hash(normalisedAnswer);
        // Last, once nothing else can refuse: in ldap mode the directory then holds the first password.
        passwordChanges.write(firstPassword, Optional.empty());
        return transactions.inOne(() -> {
            Account account = passwordChanges.record(firstPassword, PasswordChanges.Reason.ACTIVATION, requester);
            account.chooseSecretQuestion(questionId, answerHash, now);
            account.activate(settings.charterVersion(), now);
            addresses.propose(account, address, requester.locale());
            return account.identifier();
        });
    }
}
