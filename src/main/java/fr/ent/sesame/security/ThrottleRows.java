package fr.ent.sesame.security;

import java.time.Clock;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a counter row in a transaction of its own, so that when two nodes create the same row at once
 * the loser's unique-constraint failure ends only this small transaction, not the request counting.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ThrottleRows {

    @PersistenceContext(unitName = "sesame")
    EntityManager em;

    @Inject
    Clock clock;

    public void create(String scope, String subject) {
        em.persist(new ThrottleCounter(scope, subject, clock.instant()));
        em.flush();
    }
}
