package nl.vraagwijzer.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The one clock of the service; tests replace it to control deadlines and retention. */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        // microseconds, as PostgreSQL stores timestamps: what a write returns equals what a read returns
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
