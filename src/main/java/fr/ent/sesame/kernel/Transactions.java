package fr.ent.sesame.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * The one way a service opens a short transaction for its writes. Services that hash or wait run without
 * a transaction (a JTA transaction keeps its database connection from first use to commit), read what they
 * need, do the slow work, then write everything that belongs together here, in one transaction on one
 * connection. Any runtime exception rolls the whole work back.
 */
@ApplicationScoped
public class Transactions {

    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T inOne(Supplier<T> work) {
        return work.get();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void inOne(Runnable work) {
        work.run();
    }
}
