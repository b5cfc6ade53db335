package nl.vraagwijzer.gebeurtenissen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.vraagwijzer.shared.persistence.Databasestoring;
import nl.vraagwijzer.shared.persistence.Systeemtoegang;
import org.jboss.logging.Logger;

/**
 * Delivers events to webhooks, in order, from the state in the database: what was not delivered
 * before a restart or during an outage goes out later. A failure holds back the rest for that
 * subscription (order is kept) and waits exponentially longer; too many switch it off.
 *
 * <p>No transaction is held across a call to a receiver (ADR 0012). Each round claims due
 * subscriptions in one short transaction ({@link AbonnementRepository#claim}, {@code SKIP LOCKED}
 * and a claim that runs out, so two replicas never deliver one subscription at once), then
 * delivers each subscription on a thread of its own, recording every attempt in a short
 * transaction of its own. A slow or dead receiver occupies its own thread only: every other
 * partner's events go out meanwhile.
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
    private final Webhookadressen adressen;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final ExecutorService bezorgers;
    private final Semaphore vrij;
    private final Databasestoring storing;
    private final Systeemtoegang systeem;

    public Webhookbezorging(
            AbonnementRepository abonnementen,
            AfleveringRepository afleveringen,
            GebeurtenisRepository gebeurtenissen,
            WebhookConfig config,
            Webhookadressen adressen,
            ObjectMapper json,
            Clock clock,
            Databasestoring storing,
            Systeemtoegang systeem) {
        this.storing = storing;
        this.systeem = systeem;
        this.abonnementen = abonnementen;
        this.afleveringen = afleveringen;
        this.gebeurtenissen = gebeurtenissen;
        this.config = config;
        this.adressen = adressen;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.bezorgers = Executors.newFixedThreadPool(config.gelijktijdig(), runnable -> {
            Thread thread = new Thread(runnable, "webhookbezorging");
            thread.setDaemon(true);
            return thread;
        });
        this.vrij = new Semaphore(config.gelijktijdig());
    }

    @Scheduled(every = "${vraagwijzer.webhooks.interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void bezorg() {
        int plaatsen = vrij.availablePermits();
        if (plaatsen == 0) {
            return;
        }
        List<UUID> geclaimd;
        try {
            geclaimd = QuarkusTransaction.requiringNew()
                    .call(() ->
                            abonnementen.claim(clock.instant(), clock.instant().plus(claimduur()), plaatsen));
        } catch (RuntimeException e) {
            if (storing.herken(e).isPresent()) {
                return; // logged once by Databasestoring; the next round tries again
            }
            throw e;
        }
        for (UUID id : geclaimd) {
            vrij.acquireUninterruptibly();
            bezorgers.execute(() -> {
                try {
                    ronde(id);
                } catch (RuntimeException e) {
                    if (storing.herken(e).isEmpty()) {
                        LOG.warnf(e, "Webhook %s: delivery round failed; the claim runs out and it is retried", id);
                    }
                } finally {
                    vrij.release();
                }
            });
        }
    }

    /** Long enough for one attempt (the HTTP timeout) and its record; extended after each attempt. */
    private Duration claimduur() {
        return config.timeout().multipliedBy(2).plusSeconds(5);
    }

    private record Bericht(long volgnummer, UUID gebeurtenisId, String body) {}

    private record Ronde(String callbackUrl, String geheim, List<Bericht> berichten) {}

    private record Poging(Integer status, String fout) {
        boolean gelukt() {
            return status != null && status >= 200 && status < 300;
        }

        String reden() {
            return fout == null ? "HTTP " + status : fout;
        }
    }

    private void ronde(UUID id) {
        try {
            Optional<Ronde> ronde = QuarkusTransaction.requiringNew().call(() -> lees(id));
            for (Bericht bericht : ronde.map(Ronde::berichten).orElse(List.of())) {
                Poging poging = verstuur(ronde.get(), bericht);
                boolean verder = QuarkusTransaction.requiringNew().call(() -> leg(id, bericht, poging));
                if (!verder) {
                    return;
                }
            }
        } finally {
            QuarkusTransaction.requiringNew().run(() -> abonnementen.geefVrij(id));
        }
    }

    private Optional<Ronde> lees(UUID id) {
        // a partner's events come from every gemeente that referred to it
        systeem.overAlleGemeenten("webhookbezorging");
        Abonnement abonnement = abonnementen.findById(id);
        if (abonnement == null || !abonnement.actief()) {
            return Optional.empty();
        }
        List<Bericht> berichten =
                gebeurtenissen.na(abonnement.organisatieId(), abonnement.laatstAfgeleverd(), PER_RONDE).stream()
                        .map(gebeurtenis ->
                                new Bericht(gebeurtenis.volgnummer(), gebeurtenis.id(), schrijf(gebeurtenis)))
                        .toList();
        return Optional.of(new Ronde(abonnement.callbackUrl(), abonnement.geheim(), berichten));
    }

    /** Outside any transaction: the receiver may take as long as the timeout allows. */
    private Poging verstuur(Ronde ronde, Bericht bericht) {
        Optional<String> geweigerd = adressen.weigering(ronde.callbackUrl());
        if (geweigerd.isPresent()) {
            return new Poging(null, "adres " + geweigerd.get());
        }
        try {
            HttpResponse<Void> antwoord = http.send(
                    HttpRequest.newBuilder(URI.create(ronde.callbackUrl()))
                            .timeout(config.timeout())
                            .header("Content-Type", "application/json")
                            .header(HANDTEKENING, "sha256=" + hmac(ronde.geheim(), bericht.body()))
                            .header(
                                    "X-Vraagwijzer-Gebeurtenis",
                                    bericht.gebeurtenisId().toString())
                            .POST(HttpRequest.BodyPublishers.ofString(bericht.body(), StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return new Poging(antwoord.statusCode(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Poging(null, "onderbroken");
        } catch (Exception e) {
            return new Poging(
                    null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /**
     * Records one attempt and moves the subscription on. @return whether the round goes on: not
     * after a failure, nor when the subscription moved meanwhile (switched off, or delivered by a
     * replica whose claim outlived ours).
     */
    private boolean leg(UUID id, Bericht bericht, Poging poging) {
        Abonnement abonnement = abonnementen.findById(id);
        if (abonnement == null || !abonnement.actief() || abonnement.laatstAfgeleverd() >= bericht.volgnummer()) {
            return false;
        }
        afleveringen.persist(new Aflevering(
                id,
                bericht.volgnummer(),
                clock.instant(),
                poging.status(),
                poging.gelukt(),
                poging.gelukt() ? null : poging.reden()));
        if (!poging.gelukt()) {
            abonnement.mislukt(clock.instant(), config.backoffStart(), config.backoffMax(), config.maxMislukkingen());
            LOG.infof(
                    "Webhook %s: delivery of event %d failed (%s), attempt %d",
                    id, bericht.volgnummer(), poging.reden(), abonnement.mislukkingen());
            return false;
        }
        abonnement.afgeleverd(bericht.volgnummer());
        abonnement.bezigTot(clock.instant().plus(claimduur()));
        return true;
    }

    private String schrijf(Gebeurtenis gebeurtenis) {
        try {
            return json.writeValueAsString(GebeurtenisJson.dto(gebeurtenis));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event cannot be written as JSON", e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        bezorgers.shutdown();
        // a round in progress finishes its current attempt; what is left goes out after the restart
        bezorgers.awaitTermination(config.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
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
