package fr.ent.sesame.token;

import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Issues, reads and consumes one-time tokens; the caller's transaction applies. */
@ApplicationScoped
public class OneTimeTokens {

    private static final int TOKEN_BYTES = 32;
    private static final int LONGEST_TOKEN = 64;

    @PersistenceContext(unitName = "sesame")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * A new token for the account; every older one of the same purpose dies. Returns the token itself,
     * which exists only in the link sent: the database keeps its hash.
     */
    public String issue(TokenPurpose purpose, Long accountId, EmailAddress targetAddress, Duration lifetime) {
        Instant now = clock.instant();
        voidAll(purpose, accountId);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.randomBytes(TOKEN_BYTES));
        em.persist(
                new OneTimeToken(Secrets.sha256Hex(token), purpose, accountId, targetAddress, now, now.plus(lifetime)));
        return token;
    }

    /** The token if it exists, is of this purpose, unused, not voided and not expired. Reading changes nothing. */
    public Optional<OneTimeToken> findUsable(TokenPurpose purpose, String token) {
        if (token == null || token.isEmpty() || token.length() > LONGEST_TOKEN) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em
                .createQuery(
                        "select t from OneTimeToken t where t.tokenHash = :hash and t.purpose = :purpose",
                        OneTimeToken.class)
                .setParameter("hash", Secrets.sha256Hex(token))
                .setParameter("purpose", purpose)
                .getResultList()
                .stream()
                .filter(t -> t.isUsableAt(now))
                .findFirst();
    }

    /**
     * Marks the token used if, at this very moment, it is still usable: one conditional update, true only
     * for the one request (on whichever node) that changed the row.
     */
    public boolean consume(TokenPurpose purpose, String token) {
        Instant now = clock.instant();
        int changed = em.createQuery(
                        "update OneTimeToken t set t.usedAt = :now where t.tokenHash = :hash"
                                + " and t.purpose = :purpose and t.usedAt is null and t.voidedAt is null and t.expiresAt > :now")
                .setParameter("now", now)
                .setParameter("hash", Secrets.sha256Hex(token))
                .setParameter("purpose", purpose)
                .executeUpdate();
        return changed == 1;
    }

    /**
     * Gives back a token consumed by a request whose change was then refused elsewhere (the directory's
     * password policy): it is usable again, as if the refused attempt had never claimed it.
     */
    public void release(TokenPurpose purpose, String token) {
        em.createQuery("update OneTimeToken t set t.usedAt = null where t.tokenHash = :hash"
                        + " and t.purpose = :purpose and t.usedAt is not null and t.voidedAt is null")
                .setParameter("hash", Secrets.sha256Hex(token))
                .setParameter("purpose", purpose)
                .executeUpdate();
    }

    /** The account's links that can still be used, oldest first (the support desk's view: never the token). */
    public java.util.List<OneTimeToken> outstandingFor(Long accountId) {
        return em.createQuery(
                        "select t from OneTimeToken t where t.accountId = :account and t.usedAt is null"
                                + " and t.voidedAt is null and t.expiresAt > :now order by t.createdAt",
                        OneTimeToken.class)
                .setParameter("account", accountId)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    public void voidAll(TokenPurpose purpose, Long accountId) {
        em.createQuery("update OneTimeToken t set t.voidedAt = :now where t.accountId = :account"
                        + " and t.purpose = :purpose and t.usedAt is null and t.voidedAt is null")
                .setParameter("now", clock.instant())
                .setParameter("account", accountId)
                .setParameter("purpose", purpose)
                .executeUpdate();
    }
}
