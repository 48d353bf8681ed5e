package fr.ent.sesame.activation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import fr.ent.sesame.address.AddressProposals;
import fr.ent.sesame.address.AddressRejected;
import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.Identifiers;
import fr.ent.sesame.directory.SelfService;
import fr.ent.sesame.kernel.Transactions;
import fr.ent.sesame.password.PasswordChanges;
import fr.ent.sesame.password.PasswordHashing;
import fr.ent.sesame.question.SecretAnswers;
import fr.ent.sesame.security.Throttle;
import fr.ent.sesame.security.ThrottleScopes;
import fr.ent.sesame.settings.Settings;

/**
 * Activer son compte. Step one: the person proves who they are (a number the university gave them and
 * the birth date, plus the printed key where the site requires it); every attempt counts against the client
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
    Clock clock;

    public ActivationGrant identify(String number, LocalDate birthDate, String key, String clientAddress,
            String sessionId) {
        if (!settings.activationEnabled()) {
            throw new ActivationClosed();
        }
        boolean allowed = throttle.tryHourlyAttempt(ThrottleScopes.ACTIVATION_CLIENT, clientAddress,
                settings.activationAttemptsPerClientPerHour(), ThrottleScopes.ACTIVATION_SESSION, sessionId,
                settings.activationAttemptsPerSessionPerHour());
        String typedNumber = Identifiers.canonicalNumber(number);
        if (!allowed) {
            audit.record(AuditEventType.ACTIVATION_REFUSED, AuditOutcome.REFUSED, null, typedNumber, clientAddress, "limit");
            throw new TooManyActivationAttempts();
        }
        Optional<String> typedKeyHash = settings.activationKeyRequired()
                ? Optional.of(Account.activationKeyHashOf(key))
                : Optional.empty();
        List<Account> proven = typedNumber.isEmpty() || typedNumber.length() > LONGEST_FIELD || birthDate == null
                ? List.of()
                : accounts.byAnyNumber(typedNumber).stream().filter(a -> a.isProvenBy(birthDate, typedKeyHash)).toList();
        if (proven.size() != 1 || !selfService.mayActivate(proven.get(0))) {
            Account refused = proven.size() == 1 ? proven.get(0) : null;
            audit.record(AuditEventType.ACTIVATION_REFUSED, AuditOutcome.FAILURE, refused == null ? null : refused.id(),
                    refused == null ? typedNumber : refused.identifier(), clientAddress,
                    refused == null ? "no match" : refused.state() + " " + refused.kind());
            throw new ActivationRefused();
        }
        Account account = proven.get(0);
        return new ActivationGrant(account.id(), account.identifier(), clock.instant().plus(settings.activationStepLifetime()));
    }

    /** The identifier, now active. Nothing is stored unless everything is accepted. */
    public String activate(ActivationGrant grant, boolean charterAccepted, String password, String confirmation,
            String questionId, String answer, String answerConfirmation, String personalAddress, String clientAddress,
            Locale locale) {
        Instant now = clock.instant();
        if (grant == null || !grant.isOpenAt(now)) {
            throw new ActivationStepExpired();
        }
        Account read = accounts.byId(grant.accountId()).filter(selfService::mayActivate)
                .orElseThrow(ActivationRefused::new);
        if (!charterAccepted) {
            throw new CharterNotAccepted();
        }
        String normalisedAnswer = answers.accepted(questionId, answer, answerConfirmation, read,
                new SecretAnswers.Known(password, java.util.List.of(personalAddress == null ? "" : personalAddress.strip())));
        String address = AddressRejected.unlessAcceptable(personalAddress);
        PasswordChanges.NewPassword firstPassword = passwordChanges.prepare(read, password, confirmation);
        String answerHash = hashing.hash(normalisedAnswer);
        return transactions.inOne(() -> {
            Account account = passwordChanges.record(firstPassword, PasswordChanges.Reason.ACTIVATION, clientAddress,
                    locale);
            account.chooseSecretQuestion(questionId, answerHash, now);
            account.activate(settings.charterVersion(), now);
            addresses.propose(account, address, locale);
            return account.identifier();
        });
    }
}
