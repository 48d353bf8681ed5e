package fr.ent.sesame.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The clock every rule reads; tests move time by moving the data, never by sleeping. It ticks in
 * milliseconds: databases keep fewer digits than Java's clock, and an instant kept in a session must
 * compare equal to the same instant read back from the database.
 */
@ApplicationScoped
public class TimeSource {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
