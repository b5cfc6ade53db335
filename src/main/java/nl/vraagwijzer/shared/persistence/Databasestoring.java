package nl.vraagwijzer.shared.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Tells a database that is away (down, restarting, refusing connections, out of connections) or
 * too slow (statement or transaction timeout) from a bug, so that the client gets 503 with
 * {@code Retry-After} and the log gets one line per outage instead of a stack trace per request.
 * While an outage lasts, a check every few seconds notices the database is back and says so.
 */
@ApplicationScoped
public class Databasestoring {

    /** The seconds a client waits before trying again. */
    public static final long PROBEER_OPNIEUW_NA = 5;

    private static final Logger LOG = Logger.getLogger(Databasestoring.class);

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final AtomicReference<Instant> sinds = new AtomicReference<>();
    private final AtomicLong geweigerd = new AtomicLong();

    private final DatabaseConfig config;

    public Databasestoring(AgroalDataSource dataSource, Clock clock, DatabaseConfig config) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
    }

    /** What kind of unavailability this failure shows, if it shows one. */
    public enum Soort {
        ONBEREIKBAAR,
        TE_TRAAG
    }

    /**
     * The kind of unavailability behind {@code failure}, if any; an outage is logged when it begins.
     */
    public Optional<Soort> herken(Throwable failure) {
        Optional<Soort> soort = soort(failure);
        if (soort.isPresent()) {
            geweigerd.incrementAndGet();
            if (soort.get() == Soort.ONBEREIKBAAR && sinds.compareAndSet(null, clock.instant())) {
                LOG.warnf("Database unavailable (%s); requests are answered 503 until it is back", oorzaak(failure));
            } else if (soort.get() == Soort.TE_TRAAG) {
                LOG.warnf("Database too slow (statement timeout %s): %s", config.statementTimeout(), oorzaak(failure));
            }
        }
        return soort;
    }

    @Scheduled(
            every = "${vraagwijzer.database.herstelcontrole:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void controleerHerstel() {
        Instant begin = sinds.get();
        if (begin == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2) && sinds.compareAndSet(begin, null)) {
                LOG.infof(
                        "Database available again after %d s; %d requests were answered 503",
                        Duration.between(begin, clock.instant()).toSeconds(), geweigerd.getAndSet(0));
            }
        } catch (SQLException | RuntimeException e) {
            // still away: the outage was logged when it began
        }
    }

    /** The kind of unavailability behind {@code failure}, if any, without counting or logging it. */
    public static Optional<Soort> soort(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("08")
                        || state.startsWith("57P")
                        || state.equals("53300")
                        || state.equals("53400")) {
                    return Optional.of(Soort.ONBEREIKBAAR);
                }
                if (state.equals("57014") || state.equals("55P03") || state.equals("25P03")) {
                    return Optional.of(Soort.TE_TRAAG);
                }
                // Agroal's timeouts carry no state: "Acquisition timeout while waiting for new
                // connection" (opening one) and "Sorry, acquisition timeout!" (every connection of
                // the pool in use, as under a burst on a service that has just started)
                if (sql instanceof SQLTransientException
                        || String.valueOf(sql.getMessage())
                                .toLowerCase(Locale.ROOT)
                                .contains("acquisition timeout")) {
                    return Optional.of(Soort.ONBEREIKBAAR);
                }
            }
            if (t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return Optional.of(Soort.ONBEREIKBAAR);
            }
            if (t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof jakarta.transaction.RollbackException) {
                return Optional.of(Soort.TE_TRAAG);
            }
        }
        return Optional.empty();
    }

    /** The SQLSTATE of the first SQL failure behind {@code failure}, if there is one. */
    public static Optional<String> sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    private static String oorzaak(Throwable failure) {
        Throwable diepste = failure;
        while (diepste.getCause() != null && diepste.getCause() != diepste) {
            diepste = diepste.getCause();
        }
        return diepste.getClass().getSimpleName() + ": " + diepste.getMessage();
    }
}
