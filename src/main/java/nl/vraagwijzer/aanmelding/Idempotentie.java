package nl.vraagwijzer.aanmelding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import nl.vraagwijzer.shared.persistence.Databasestoring;
import nl.vraagwijzer.shared.persistence.Taakplanning;
import nl.vraagwijzer.shared.problem.ApiProblem;
import org.jboss.logging.Logger;

/**
 * Idempotent pushes (IETF httpapi idempotency-key): the first request with a key does the work
 * and its answer is stored in the same transaction; a retry with the same key and body gets that
 * answer again, with another body 422, and while the first is still running 409. A failed first
 * request stores nothing, so the retry does the work. The key's own row is the lock (claimed by
 * inserting it first), so two different keys never wait for each other. Keys are forgotten after
 * {@code vraagwijzer.idempotentie.bewaren} (a week by default), by a nightly clean-up.
 */
@ApplicationScoped
public class Idempotentie {

    /** What the work answers: a status and a JSON body. */
    public record Antwoord(int status, Object body) {}

    private static final Logger LOG = Logger.getLogger(Idempotentie.class);

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final IdempotentieConfig config;

    private final Taakplanning taken;

    public Idempotentie(
            EntityManager entityManager,
            ObjectMapper json,
            Clock clock,
            IdempotentieConfig config,
            Taakplanning taken) {
        this.taken = taken;
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(cron = "${vraagwijzer.idempotentie.opruimen:0 15 3 * * ?}")
    void nachtelijks(ScheduledExecution uitvoering) {
        taken.eenmaal(
                "idempotentie-opruimen",
                uitvoering,
                () -> LOG.infof(
                        "Idempotency: %d keys older than %s removed", ruimOp(clock.instant()), config.bewaren()));
    }

    /**
     * Forgets the keys older than {@code vraagwijzer.idempotentie.bewaren} at {@code nu}: a retry
     * with such a key is new work. @return how many were removed
     */
    @Transactional
    public int ruimOp(Instant nu) {
        return entityManager
                .createNativeQuery("delete from idempotent_verzoek where aangemaakt_op < :grens")
                .setParameter("grens", nu.minus(config.bewaren()))
                .executeUpdate();
    }

    @Transactional
    public Response eenmaal(UUID organisatie, String sleutel, Object verzoek, Supplier<Antwoord> werk) {
        String hash = hash(verzoek);
        if (!claim(organisatie, sleutel, hash)) {
            return eerder(organisatie, sleutel, hash);
        }
        Antwoord antwoord = werk.get();
        String body = schrijf(antwoord.body());
        entityManager
                .createNativeQuery("update idempotent_verzoek set status = :status, antwoord = :antwoord"
                        + " where organisatie_id = :organisatie and sleutel = :sleutel")
                .setParameter("organisatie", organisatie)
                .setParameter("sleutel", sleutel)
                .setParameter("status", antwoord.status())
                .setParameter("antwoord", body)
                .executeUpdate();
        return Response.status(antwoord.status())
                .entity(body)
                .type("application/json")
                .build();
    }

    /**
     * Claims the key by inserting its row before the work: the primary key (organisation, key)
     * decides, so different keys never block each other. A concurrent first request with the same
     * key holds its uncommitted row; this one waits a moment for it and is then told to retry (it
     * must not wait for the work and replay). @return whether this request does the work
     */
    private boolean claim(UUID organisatie, String sleutel, String hash) {
        entityManager
                .createNativeQuery("select set_config('lock_timeout', :wacht, true)")
                .setParameter("wacht", WACHT_OP_EERSTE)
                .getSingleResult();
        try {
            int ingevoegd = entityManager
                    .createNativeQuery("insert into idempotent_verzoek (organisatie_id, sleutel, verzoek_hash,"
                            + " aangemaakt_op) values (:organisatie, :sleutel, :hash, :nu) on conflict do nothing")
                    .setParameter("organisatie", organisatie)
                    .setParameter("sleutel", sleutel)
                    .setParameter("hash", hash)
                    .setParameter("nu", clock.instant())
                    .executeUpdate();
            entityManager
                    .createNativeQuery("select set_config('lock_timeout', '0', true)")
                    .getSingleResult();
            return ingevoegd == 1;
        } catch (PersistenceException e) {
            if (Databasestoring.sqlState(e).filter(VERGRENDELD::equals).isPresent()) {
                throw ApiProblem.conflict(
                        "Een verzoek met deze Idempotency-Key wordt nog verwerkt; probeer het zo opnieuw.");
            }
            throw e;
        }
    }

    private static final String WACHT_OP_EERSTE = "200ms";
    private static final String VERGRENDELD = "55P03";

    private Response eerder(UUID organisatie, String sleutel, String hash) {
        Object[] rij = (Object[]) entityManager
                .createNativeQuery("select verzoek_hash, status, antwoord from idempotent_verzoek"
                        + " where organisatie_id = :organisatie and sleutel = :sleutel")
                .setParameter("organisatie", organisatie)
                .setParameter("sleutel", sleutel)
                .getSingleResult();
        if (!hash.equals(rij[0])) {
            throw new ApiProblem(422, "Idempotency-Key: deze sleutel hoort bij een ander verzoek; gebruik een nieuwe.");
        }
        return Response.status(((Number) rij[1]).intValue())
                .entity(rij[2])
                .type("application/json")
                .build();
    }

    private String hash(Object verzoek) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(schrijf(verzoek).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private String schrijf(Object waarde) {
        try {
            return json.writeValueAsString(waarde);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + waarde.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
