package nl.vraagwijzer.shared.cijfers;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.vraagwijzer.shared.persistence.Databasestoring;
import nl.vraagwijzer.shared.problem.ApiProblem;
import org.jboss.logging.Logger;

/**
 * Where figures are read: the datasource {@code rapportage}, a PostgreSQL streaming replica when one
 * is configured (its URL defaults to the primary's), with the same row-level security as every other
 * read ({@link Rapportagegrens}). Each read runs in one read-only, repeatable-read transaction, so all
 * figures of an answer see the same moment, and says how fresh it is. A replica that is away is
 * answered 503 with {@code Retry-After}, or read from the primary when so configured
 * ({@link CijferConfig#terugvallenOpPrimair()}); the front door never uses this datasource (ADR 0024).
 */
@ApplicationScoped
public class Cijferbron {

    private static final Logger LOG = Logger.getLogger(Cijferbron.class);
    private static final long PROBEER_OPNIEUW_NA = 10;
    /** On a replica: 0 when it has replayed all it received, else the age of its last replayed commit. */
    private static final String VERSHEID = "select pg_is_in_recovery(), case when not pg_is_in_recovery()"
            + " or pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0"
            + " else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end";

    /** How fresh the figures are: where they came from, and how far behind the primary that was. */
    public record Versheid(String bron, Instant berekendOp, Instant actueelOp, double achterstandSeconden) {}

    /** What a read found, and how fresh it is. */
    public record Uitkomst<T>(T waarde, Versheid versheid) {}

    /** A read on the figures' connection. */
    @FunctionalInterface
    public interface Lezing<T> {
        T lees(Connection verbinding) throws SQLException;
    }

    private final AgroalDataSource replica;
    private final AgroalDataSource primair;
    private final CijferConfig config;
    private final Clock clock;
    private final AtomicBoolean weg = new AtomicBoolean();

    public Cijferbron(
            @DataSource("rapportage") AgroalDataSource replica,
            AgroalDataSource primair,
            CijferConfig config,
            Clock clock) {
        this.replica = replica;
        this.primair = primair;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Runs {@code lezing} on the replica (or the primary, see the class).
     *
     * @throws ApiProblem 503 with {@code Retry-After} when the database is away or too slow
     */
    public <T> Uitkomst<T> lees(Lezing<T> lezing) {
        try {
            Uitkomst<T> uitkomst = lees(replica, lezing);
            if (weg.compareAndSet(true, false)) {
                LOG.info("The figures' database is back");
            }
            return uitkomst;
        } catch (SQLException e) {
            Optional<Databasestoring.Soort> soort = Databasestoring.soort(e);
            // a replica cancels a read that conflicts with what it replays (40001): try again
            if (soort.isEmpty() && !"40001".equals(e.getSQLState())) {
                throw new IllegalStateException("Reading figures failed", e);
            }
            if (weg.compareAndSet(false, true)) {
                LOG.warnf("The figures' database is unavailable (%s, SQLSTATE %s)", e.getMessage(), e.getSQLState());
            }
            if (soort.filter(Databasestoring.Soort.ONBEREIKBAAR::equals).isPresent() && config.terugvallenOpPrimair()) {
                try {
                    return lees(primair, lezing);
                } catch (SQLException opPrimair) {
                    throw new IllegalStateException("Reading figures from the primary failed", opPrimair);
                }
            }
            throw ApiProblem.unavailable(
                    "De database van de cijfers is even niet bereikbaar of te traag; de rest van de Vraagwijzer"
                            + " werkt gewoon. Probeer het over " + PROBEER_OPNIEUW_NA + " seconden opnieuw.",
                    PROBEER_OPNIEUW_NA);
        }
    }

    private <T> Uitkomst<T> lees(AgroalDataSource bron, Lezing<T> lezing) throws SQLException {
        try (Connection verbinding = bron.getConnection()) {
            verbinding.setAutoCommit(false);
            verbinding.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            verbinding.setReadOnly(true);
            try {
                Instant berekendOp = clock.instant();
                boolean replicaBron;
                double achterstand;
                try (Statement vraag = verbinding.createStatement();
                        ResultSet rij = vraag.executeQuery(VERSHEID)) {
                    rij.next();
                    replicaBron = rij.getBoolean(1);
                    achterstand = Math.max(0, rij.getDouble(2));
                }
                T waarde = lezing.lees(verbinding);
                Instant actueelOp = berekendOp.minusMillis(Math.round(achterstand * 1000));
                return new Uitkomst<>(
                        waarde,
                        new Versheid(
                                replicaBron ? "replica" : "primair",
                                berekendOp,
                                actueelOp,
                                Math.round(achterstand * 100) / 100.0));
            } finally {
                verbinding.rollback();
            }
        }
    }
}
