package nl.vraagwijzer.shared.opstart;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.vraagwijzer.shared.ports.Opwarmen;
import org.jboss.logging.Logger;

/**
 * Warms the service once at start, before the HTTP server takes requests: every feature's
 * {@link Opwarmen}, each in a transaction of its own that is rolled back. The first part that fails
 * ends the warm-up with a warning and the start goes on (the requests then meet a cold start, as
 * without it).
 * {@link OpwarmConfig#rondes()} is how often each part runs.
 */
@ApplicationScoped
public class Opwarming {

    private static final Logger LOG = Logger.getLogger(Opwarming.class);

    /** What a warm-up did: the parts that ran in order, the one that failed (if one did), how long it took. */
    public record Uitslag(List<String> delen, Optional<String> mislukt, long millis) {}

    private final Instance<Opwarmen> delen;
    private final int rondes;
    private volatile Uitslag uitslag = new Uitslag(List.of(), Optional.empty(), 0);

    Opwarming(Instance<Opwarmen> delen, OpwarmConfig config) {
        this.delen = delen;
        this.rondes = config.rondes();
    }

    void bijStart(@Observes StartupEvent start) {
        if (rondes > 0) {
            uitslag = opwarmen(rondes);
            if (uitslag.mislukt().isEmpty()) {
                LOG.infof("Warmed %s %d times in %d ms", uitslag.delen(), rondes, uitslag.millis());
            }
        }
    }

    /** Runs every part {@code rondes} times, up to the first that fails. */
    public Uitslag opwarmen(int rondes) {
        long begin = System.nanoTime();
        List<String> namen = new ArrayList<>();
        for (int ronde = 0; ronde < rondes; ronde++) {
            for (Opwarmen deel : delen) {
                String naam = naam(deel);
                if (ronde == 0) {
                    namen.add(naam);
                }
                try {
                    QuarkusTransaction.begin();
                    try {
                        deel.opwarmen();
                    } finally {
                        QuarkusTransaction.rollback(); // it wrote nothing, and keeps it so
                    }
                } catch (RuntimeException e) {
                    // most often the database not answering: every further part would wait as long
                    // for its connection, and the start should not wait for all of them
                    LOG.warnf("Warming stopped at %s (the first requests start cold): %s", naam, e.toString());
                    return afgerond(namen, Optional.of(naam), begin);
                }
            }
        }
        return afgerond(namen, Optional.empty(), begin);
    }

    private static Uitslag afgerond(List<String> namen, Optional<String> mislukt, long begin) {
        return new Uitslag(List.copyOf(namen), mislukt, (System.nanoTime() - begin) / 1_000_000);
    }

    /** The warm-up at start. */
    public Uitslag uitslag() {
        return uitslag;
    }

    /**
     * The part's own class name: the class the CDI container's proxy or subclass extends (their
     * generated names differ between Quarkus versions), without the outer class of a nested one.
     */
    private static String naam(Opwarmen deel) {
        Class<?> klasse = deel.getClass();
        while (klasse.getName().endsWith("_ClientProxy") || klasse.getName().endsWith("_Subclass")) {
            klasse = klasse.getSuperclass();
        }
        return klasse.getSimpleName();
    }
}
