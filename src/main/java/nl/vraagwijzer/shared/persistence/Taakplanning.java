package nl.vraagwijzer.shared.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Runs a scheduled job once per scheduled moment across all replicas on one database: each
 * replica's scheduler fires, and the one that records the job's moment first (the primary key
 * decides, in a transaction of its own) does the work; the others skip it. The job itself works
 * in small transactions of its own, so that a conflict costs one batch, not the night's run.
 */
@ApplicationScoped
public class Taakplanning {

    private static final Logger LOG = Logger.getLogger(Taakplanning.class);
    private static final String REPLICA = ManagementFactory.getRuntimeMXBean().getName();

    private final EntityManager entityManager;
    private final Clock clock;

    public Taakplanning(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Runs {@code werk} when this replica is the first to claim this firing of {@code taak}. */
    public void eenmaal(String taak, ScheduledExecution uitvoering, Runnable werk) {
        // the scheduled fire time is computed from the schedule, the same on every replica
        Instant gepland = uitvoering.getScheduledFireTime().truncatedTo(ChronoUnit.SECONDS);
        if (!claim(taak, gepland)) {
            LOG.infof("Job %s of %s: another replica runs it", taak, gepland);
            return;
        }
        werk.run();
        LOG.infof("Job %s of %s: ran on this replica", taak, gepland);
    }

    /** @return whether this replica recorded the firing first */
    public boolean claim(String taak, Instant gepland) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                                .createNativeQuery("insert into taakuitvoering (taak, gepland_op, replica, begonnen_op)"
                                        + " values (:taak, :gepland, :replica, :nu) on conflict do nothing")
                                .setParameter("taak", taak)
                                .setParameter("gepland", gepland)
                                .setParameter("replica", REPLICA)
                                .setParameter("nu", clock.instant())
                                .executeUpdate()
                        == 1);
    }
}
