package nl.vraagwijzer.shared.opstart;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import nl.vraagwijzer.shared.ports.Opwarmen;
import org.jboss.logging.Logger;

/**
 * Warms the service once at start, before the HTTP server takes requests: every feature's
 * {@link Opwarmen}, each in a transaction of its own that is rolled back. A part that fails is
 * logged and skipped and the start goes on (its requests then meet a cold start, as without this).
 * {@link OpwarmConfig#rondes()} is how often each part runs.
 */
@ApplicationScoped
public class Opwarming {

    private static final Logger LOG = Logger.getLogger(Opwarming.class);

    /** What the last warm-up did: the parts in order, the ones that failed, and how long it took. */
    public record Uitslag(List<String> delen, List<String> mislukt, long millis) {}

    private final Instance<Opwarmen> delen;
    private final int rondes;
    private volatile Uitslag uitslag = new Uitslag(List.of(), List.of(), 0);

    Opwarming(Instance<Opwarmen> delen, OpwarmConfig config) {
        this.delen = delen;
        this.rondes = config.rondes();
    }

    void bijStart(@Observes StartupEvent start) {
        if (rondes > 0) {
            uitslag = opwarmen(rondes);
            LOG.infof(
                    "Warmed %s %d times in %d ms%s",
                    uitslag.delen(),
                    rondes,
                    uitslag.millis(),
                    uitslag.mislukt().isEmpty() ? "" : "; failed: " + uitslag.mislukt());
        }
    }

    /** Runs every part {@code rondes} times. */
    public Uitslag opwarmen(int rondes) {
        long begin = System.nanoTime();
        List<String> namen = new ArrayList<>();
        List<String> mislukt = new ArrayList<>();
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
                    if (!mislukt.contains(naam)) {
                        mislukt.add(naam);
                    }
                    LOG.warnf("Warming %s failed (its first requests start cold): %s", naam, e.toString());
                }
            }
        }
        return new Uitslag(List.copyOf(namen), List.copyOf(mislukt), (System.nanoTime() - begin) / 1_000_000);
    }

    /** The warm-up at start. */
    public Uitslag uitslag() {
        return uitslag;
    }

    private static String naam(Opwarmen deel) {
        String naam = deel.getClass().getSimpleName();
        int proxy = naam.indexOf('_');
        return proxy > 0 ? naam.substring(0, proxy) : naam;
    }
}
