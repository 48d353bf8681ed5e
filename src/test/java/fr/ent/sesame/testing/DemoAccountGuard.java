package fr.ent.sesame.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets a test change a demo account and puts it back afterwards; each test also starts with no
 * guessing counters and an empty outbox.
 */
public final class DemoAccountGuard implements BeforeEachCallback, AfterEachCallback {

    private final String identifier;
    private TestDatabase.AccountState saved;

    public DemoAccountGuard(String identifier) {
        this.identifier = identifier;
    }

    /** The account as it was before the test. */
    public TestDatabase.AccountState saved() {
        return saved;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestDatabase.clearCounters();
        TestDatabase.clearOutbox();
        saved = TestDatabase.stateOf(identifier);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        saved.restore();
        TestDatabase.clearCounters();
    }
}
