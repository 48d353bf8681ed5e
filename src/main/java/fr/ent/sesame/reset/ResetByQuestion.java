package fr.ent.sesame.reset;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.SelfService;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Requester;
import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.kernel.Transactions;
import fr.ent.sesame.password.PasswordChanges;
import fr.ent.sesame.password.PasswordHashing;
import fr.ent.sesame.security.Throttle;
import fr.ent.sesame.security.ThrottleScopes;
import fr.ent.sesame.settings.Settings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Procédure 1 — question de sécurité: identifier, the question chosen earlier, the exact answer, a new password.
 * Runs without a transaction: counters and the audit are written in their own short ones, answers and
 * passwords are hashed with no connection held, and the new password is stored in one transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResetByQuestion {

    @Inject
    Accounts accounts;

    @Inject
    SelfService selfService;

    @Inject
    PasswordHashing hashing;

    @Inject
    PasswordChanges passwordChanges;

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

    /**
     * Steps 1 to 3: checks the answer, exactly as spelled when it was recorded (after NFKC and trimming).
     * Locks are checked before any hash is computed; an unknown identifier, an account without a question,
     * a temporary account or the wrong question cost the same work and get the same refusal.
     */
    public ResetGrant answer(String identifierAsTyped, String questionId, String answer, Requester requester) {
        String clientAddress = requester.clientAddress();
        if (!settings.questionProcedureEnabled()) {
            throw new ProcedureClosed();
        }
        Optional<Identifier> identifier = Identifier.parse(identifierAsTyped);
        String typed = Identifier.folded(identifierAsTyped);
        String accountKey = Secrets.sha256Hex(typed);
        String sessionKey = Secrets.sha256Hex(requester.sessionId());
        Optional<Instant> lockedUntil = throttle.lockedUntilAny(
                ThrottleScopes.ANSWER_ACCOUNT,
                accountKey,
                ThrottleScopes.ANSWER_CLIENT,
                clientAddress,
                ThrottleScopes.ANSWER_SESSION,
                sessionKey);
        if (lockedUntil.isPresent()) {
            audit.record(AuditEventType.LOCKED, AuditOutcome.REFUSED, null, typed, clientAddress, "question procedure");
            throw new ProcedureLocked(clock.instant(), lockedUntil.get());
        }
        String typedAnswer = Secrets.answerForm(answer);
        Optional<Account> account = identifier.isPresent() && typedAnswer.length() <= Secrets.LONGEST_ANSWER
                ? accounts.byIdentifier(identifier.get())
                        .filter(selfService::allows)
                        .filter(Account::hasSecretQuestion)
                        .filter(a -> a.questionId().equals(questionId))
                : Optional.empty();
        boolean right;
        if (account.isPresent()) {
            right = hashing.verify(typedAnswer, account.get().answerHash());
        } else {
            hashing.verifyAgainstNothing(typedAnswer);
            right = false;
        }
        Long accountId = account.map(Account::id).orElse(null);
        if (!right) {
            throttle.recordFailure(
                    ThrottleScopes.ANSWER_ACCOUNT,
                    accountKey,
                    settings.answerMaxFailuresPerAccount(),
                    settings.answerFirstLock(),
                    settings.answerMaxLock());
            throttle.recordFailure(
                    ThrottleScopes.ANSWER_CLIENT,
                    clientAddress,
                    settings.answerMaxFailuresPerClient(),
                    settings.answerFirstLock(),
                    settings.answerMaxLock());
            throttle.recordFailure(
                    ThrottleScopes.ANSWER_SESSION,
                    sessionKey,
                    settings.answerMaxFailuresPerSession(),
                    settings.answerFirstLock(),
                    settings.answerMaxLock());
            audit.record(AuditEventType.ANSWER_WRONG, AuditOutcome.FAILURE, accountId, typed, clientAddress, null);
            throw new AnswerMismatch();
        }
        audit.record(AuditEventType.ANSWER_RIGHT, AuditOutcome.SUCCESS, accountId, typed, clientAddress, null);
        return new ResetGrant(accountId, clock.instant().plus(settings.resetStepLifetime()));
    }

    /** Step 4: the new password, for the account the grant names, while the grant is open. */
    public void chooseNewPassword(ResetGrant grant, String newPassword, String confirmation, Requester requester) {
        if (grant == null || !grant.isOpenAt(clock.instant())) {
            throw new StepExpired();
        }
        Account account =
                accounts.byId(grant.accountId()).filter(selfService::allows).orElseThrow(StepExpired::new);
        PasswordChanges.NewPassword prepared = passwordChanges.prepare(account, newPassword, confirmation);
        passwordChanges.write(prepared, Optional.empty());
        transactions.inOne(() -> passwordChanges.record(prepared, PasswordChanges.Reason.RESET_BY_QUESTION, requester));
    }
}
