package nl.vraagwijzer.verwijzing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Delivers events to webhooks, in order, from the state in the database: what was not delivered
 * before a restart or during an outage goes out later. A failure holds back the rest for that
 * subscription (order is kept) and waits exponentially longer; too many switch it off.
 */
@ApplicationScoped
public class Webhookbezorging {

    public static final String HANDTEKENING = "X-Vraagwijzer-Handtekening";

    private static final Logger LOG = Logger.getLogger(Webhookbezorging.class);
    private static final int PER_RONDE = 20;

    private final AbonnementRepository abonnementen;
    private final AfleveringRepository afleveringen;
    private final GebeurtenisRepository gebeurtenissen;
    private final WebhookConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;

    public Webhookbezorging(
            AbonnementRepository abonnementen,
            AfleveringRepository afleveringen,
            GebeurtenisRepository gebeurtenissen,
            WebhookConfig config,
            ObjectMapper json,
            Clock clock) {
        this.abonnementen = abonnementen;
        this.afleveringen = afleveringen;
        this.gebeurtenissen = gebeurtenissen;
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Scheduled(every = "${vraagwijzer.webhooks.interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void bezorg() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID id : abonnementen.teBezorgen(clock.instant(), 10)) {
                bezorg(abonnementen.findById(id));
            }
        });
    }

    private void bezorg(Abonnement abonnement) {
        List<Gebeurtenis> wachtend =
                gebeurtenissen.na(abonnement.organisatieId(), abonnement.laatstAfgeleverd(), PER_RONDE);
        for (Gebeurtenis gebeurtenis : wachtend) {
            Integer status = null;
            String fout = null;
            try {
                String body = json.writeValueAsString(GebeurtenisJson.dto(gebeurtenis));
                HttpResponse<Void> antwoord = http.send(
                        HttpRequest.newBuilder(URI.create(abonnement.callbackUrl()))
                                .timeout(config.timeout())
                                .header("Content-Type", "application/json")
                                .header(HANDTEKENING, "sha256=" + hmac(abonnement.geheim(), body))
                                .header(
                                        "X-Vraagwijzer-Gebeurtenis",
                                        gebeurtenis.id().toString())
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                status = antwoord.statusCode();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("An event cannot be written as JSON", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fout = "onderbroken";
            } catch (Exception e) {
                fout = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            boolean gelukt = status != null && status >= 200 && status < 300;
            afleveringen.persist(new Aflevering(
                    abonnement.id(),
                    gebeurtenis.volgnummer(),
                    clock.instant(),
                    status,
                    gelukt,
                    gelukt ? null : fout == null ? "HTTP " + status : fout));
            if (!gelukt) {
                abonnement.mislukt(
                        clock.instant(), config.backoffStart(), config.backoffMax(), config.maxMislukkingen());
                LOG.infof(
                        "Webhook %s: delivery of event %d failed (%s), attempt %d",
                        abonnement.id(),
                        gebeurtenis.volgnummer(),
                        fout == null ? "HTTP " + status : fout,
                        abonnement.mislukkingen());
                return;
            }
            abonnement.afgeleverd(gebeurtenis.volgnummer());
        }
    }

    static String hmac(String geheim, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
