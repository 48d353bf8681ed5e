package fr.ent.sesame.kernel;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The clock every rule reads; tests move time by moving the data, never by sleeping. */
@ApplicationScoped
public class TimeSource {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
