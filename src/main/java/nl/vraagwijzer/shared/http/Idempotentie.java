package nl.vraagwijzer.shared.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.vraagwijzer.shared.problem.ApiProblem;
import org.jboss.logging.Logger;

/**
 * Idempotent pushes (IETF httpapi idempotency-key): the first request with a key does the work
 * and its answer is stored in the same transaction; a retry with the same key and body gets that
 * answer again, with another body 422, and while the first is still running 409. A failed first
 * request stores nothing, so the retry does the work. Keys are forgotten after
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

    public Idempotentie(EntityManager entityManager, ObjectMapper json, Clock clock, IdempotentieConfig config) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(cron = "${vraagwijzer.idempotentie.opruimen:0 15 3 * * ?}")
    void nachtelijks() {
        LOG.infof("Idempotency: %d keys older than %s removed", ruimOp(clock.instant()), config.bewaren());
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
        // a concurrent duplicate must not wait for the first and then replay: it is told to retry
        boolean vrij = (Boolean) entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(:slot)")
                .setParameter("slot", ((long) organisatie.hashCode() << 32) ^ sleutel.hashCode())
                .getSingleResult();
        if (!vrij) {
            throw ApiProblem.conflict(
                    "Een verzoek met deze Idempotency-Key wordt nog verwerkt; probeer het zo opnieuw.");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> eerder = entityManager
                .createNativeQuery("select verzoek_hash, status, antwoord from idempotent_verzoek"
                        + " where organisatie_id = :organisatie and sleutel = :sleutel")
                .setParameter("organisatie", organisatie)
                .setParameter("sleutel", sleutel)
                .getResultList();
        if (!eerder.isEmpty()) {
            Object[] rij = eerder.get(0);
            if (!hash.equals(rij[0])) {
                throw new ApiProblem(
                        422, "Idempotency-Key: deze sleutel hoort bij een ander verzoek; gebruik een nieuwe.");
            }
            return Response.status(((Number) rij[1]).intValue())
                    .entity(rij[2])
                    .type("application/json")
                    .build();
        }
        Antwoord antwoord = werk.get();
        String body = schrijf(antwoord.body());
        entityManager
                .createNativeQuery("insert into idempotent_verzoek (organisatie_id, sleutel, verzoek_hash, status,"
                        + " antwoord, aangemaakt_op) values (:organisatie, :sleutel, :hash, :status, :antwoord, :nu)")
                .setParameter("organisatie", organisatie)
                .setParameter("sleutel", sleutel)
                .setParameter("hash", hash)
                .setParameter("status", antwoord.status())
                .setParameter("antwoord", body)
                .setParameter("nu", clock.instant())
                .executeUpdate();
        return Response.status(antwoord.status())
                .entity(body)
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
