package fr.ent.sesame.security;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;

/** The counter rows themselves: found, created once, and changed under a row lock. */
@Stateless
public class ThrottleRows {

    @PersistenceContext(unitName = "sesame")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ThrottleCounter> find(String scope, String subject) {
        return find(scope, subject, LockModeType.NONE);
    }

    /**
     * When two requests (or two nodes) create the same row at once, the unique constraint refuses the
     * second insert: that is the expected outcome of the race, not an error. The loser's small transaction
     * is rolled back quietly and it counts on the winner's row.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void createIfMissing(String scope, String subject) {
        if (find(scope, subject, LockModeType.NONE).isPresent()) {
            return;
        }
        try {
            em.persist(new ThrottleCounter(scope, subject, clock.instant()));
            em.flush();
        } catch (PersistenceException createdElsewhere) {
            context.setRollbackOnly();
        }
    }

    /** Applies the change to the locked row; empty when there is no row. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<Boolean> change(String scope, String subject, Predicate<ThrottleCounter> change) {
        return find(scope, subject, LockModeType.PESSIMISTIC_WRITE).map(change::test);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void clear(String scope, String subject) {
        find(scope, subject, LockModeType.PESSIMISTIC_WRITE).ifPresent(ThrottleCounter::clear);
    }

    private Optional<ThrottleCounter> find(String scope, String subject, LockModeType lock) {
        return em
                .createQuery(
                        "select c from ThrottleCounter c where c.scope = :scope and c.subjectKey = :subject",
                        ThrottleCounter.class)
                .setParameter("scope", scope)
                .setParameter("subject", subject)
                .setLockMode(lock)
                .getResultList()
                .stream()
                .findFirst();
    }
}
