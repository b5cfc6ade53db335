package nl.vraagwijzer.stuurcijfers;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.vraagwijzer.shared.time.Werkdagen;
import org.jboss.logging.Logger;

/**
 * The steering figures' counts of every day that has ended, stored (ADR 0024): once a day, the first
 * time it runs after midnight (Dutch time), every count is computed again per day, as
 * {@link StuurcijferRepository} counts live, from the first question on, and replaces what was
 * stored, summed per month and per ISO week, in one transaction (a reader sees the old counts or the
 * new ones). Rebuilt whole, because
 * little stays put: a question moves to another team or wijk, a referral's outcome changes, a new
 * triage moves a question's ZRM change to a later period. Stocks only at the end of each month and ISO
 * week. On the primary, across gemeenten (the logged bypass of row-level security), once across
 * replicas (an advisory lock; a replica that finds the day done does nothing).
 */
@ApplicationScoped
public class Dagcijfers {

    private static final Logger LOG = Logger.getLogger(Dagcijfers.class);

    private final AgroalDataSource database;
    private final StuurcijferRepository repository;
    private final Clock clock;

    public Dagcijfers(AgroalDataSource database, StuurcijferRepository repository, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.clock = clock;
    }

    @Scheduled(
            every = "${vraagwijzer.cijfers.dagcijfers-interval:15m}",
            delayed = "${vraagwijzer.cijfers.dagcijfers-vertraging:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void bijhouden() {
        try {
            bereken(Werkdagen.vandaag(clock));
        } catch (SQLException | RuntimeException e) {
            LOG.warnf(
                    "The steering figures' day counts could not be computed (%s); the figures count live",
                    e.getMessage());
        }
    }

    /**
     * Stores the counts of every day before {@code vandaag}, unless that was done already.
     *
     * @return the number of day counts stored, or -1 when they were current or another replica is at it
     */
    public int bereken(LocalDate vandaag) throws SQLException {
        try (Connection verbinding = database.getConnection()) {
            verbinding.setAutoCommit(false);
            try {
                int opgeslagen = bereken(verbinding, vandaag);
                verbinding.commit();
                return opgeslagen;
            } catch (SQLException | RuntimeException e) {
                verbinding.rollback();
                throw e;
            }
        }
    }

    private int bereken(Connection verbinding, LocalDate vandaag) throws SQLException {
        try (Statement sql = verbinding.createStatement();
                ResultSet slot =
                        sql.executeQuery("select pg_try_advisory_xact_lock(hashtext('vraagwijzer: dagcijfers'))")) {
            slot.next();
            if (!slot.getBoolean(1)) {
                return -1;
            }
        }
        if (repository
                .stand(verbinding)
                .filter(stand -> !stand.tot().isBefore(vandaag))
                .isPresent()) {
            return -1;
        }
        try (Statement sql = verbinding.createStatement()) {
            // every gemeente's rows (logged, for this transaction only), and the time a rebuild takes
            LOG.debugf("Job dagcijfers works across gemeenten (row-level security bypassed for its transaction)");
            sql.execute("select set_config('vraagwijzer.systeem', 'aan', true)");
            sql.execute("set local statement_timeout = '30min'");
        }
        Instant begonnen = clock.instant();
        Optional<LocalDate> eerste = repository.eersteDag(verbinding).filter(dag -> dag.isBefore(vandaag));
        repository.leeg(verbinding);
        int opgeslagen = 0;
        if (eerste.isPresent()) {
            List<Instant> standen = new ArrayList<>();
            for (LocalDate dag = eerste.get(); dag.isBefore(vandaag); dag = dag.plusDays(1)) {
                if (dag.getDayOfWeek() == DayOfWeek.SUNDAY || dag.plusDays(1).getDayOfMonth() == 1) {
                    standen.add(Werkdagen.begin(dag.plusDays(1)));
                }
            }
            // a month at a time, so that a large region's years never sit in memory at once; the stocks
            // (few rows: units times period ends) with the first month
            for (LocalDate van = eerste.get(); van.isBefore(vandaag); ) {
                LocalDate tot = van.withDayOfMonth(1).plusMonths(1);
                tot = tot.isAfter(vandaag) ? vandaag : tot;
                for (Maatstaf.Familie familie : Maatstaf.Familie.values()) {
                    opgeslagen += repository.bewaar(
                            verbinding,
                            repository.feiten(
                                    verbinding,
                                    familie,
                                    van,
                                    tot,
                                    Werkdagen.begin(van),
                                    Werkdagen.begin(tot),
                                    vandaag,
                                    familie == Maatstaf.Familie.INZET && van.equals(eerste.get()) ? standen : List.of(),
                                    "day",
                                    true));
                }
                van = tot;
            }
        }
        repository.stand(verbinding, vandaag, clock.instant());
        repository.statistieken(verbinding);
        LOG.infof(
                "Steering figures: %d day counts stored up to %s in %d ms",
                opgeslagen,
                vandaag,
                java.time.Duration.between(begonnen, clock.instant()).toMillis());
        return opgeslagen;
    }
}
