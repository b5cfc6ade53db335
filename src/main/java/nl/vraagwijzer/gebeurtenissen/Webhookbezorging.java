package nl.vraagwijzer.gebeurtenissen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.vraagwijzer.shared.persistence.Databasestoring;
import nl.vraagwijzer.shared.persistence.Systeemtoegang;
import org.jboss.logging.Logger;

/**
 * Delivers events to webhooks, in order, from the state in the database: what was not delivered
 * before a restart or during an outage goes out later, with the same sequence numbers. A failure
 * holds back the rest for that subscription (order is kept) and waits exponentially longer; after
 * {@code opschortenNa} of failing the subscription is suspended. A receiver's 410 ends it, its 415
 * suspends it, its 429 is waited out as long as it asks ({@code Retry-After}).
 *
 * <p>No transaction is held across a call to a receiver (ADR 0012). Each round claims due
 * subscriptions in one short transaction ({@link AbonnementRepository#claim}, {@code SKIP LOCKED}
 * and a claim that runs out, so two replicas never deliver one subscription at once), then
 * delivers each subscription on a thread of its own, recording every attempt in a short
 * transaction of its own. A slow or dead receiver occupies its own thread only: every other
 * subscriber's events go out meanwhile.
 */
@ApplicationScoped
public class Webhookbezorging {

    private static final Logger LOG = Logger.getLogger(Webhookbezorging.class);
    private static final int PER_RONDE = 20;

    /** The id of the one event a request carries (not on a batch). */
    public static final String GEBEURTENIS = "X-Vraagwijzer-Gebeurtenis";

    private final AbonnementRepository abonnementen;
    private final AfleveringRepository afleveringen;
    private final GebeurtenisRepository gebeurtenissen;
    private final WebhookConfig config;
    private final Webhookverbinding verbinding;
    private final Gebeurtenisvorm vorm;
    private final ObjectMapper json;
    private final Clock clock;
    private final ExecutorService bezorgers;
    private final Semaphore vrij;
    private final Databasestoring storing;
    private final Systeemtoegang systeem;

    public Webhookbezorging(
            AbonnementRepository abonnementen,
            AfleveringRepository afleveringen,
            GebeurtenisRepository gebeurtenissen,
            WebhookConfig config,
            Webhookverbinding verbinding,
            Gebeurtenisvorm vorm,
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
        this.verbinding = verbinding;
        this.vorm = vorm;
        this.json = json;
        this.clock = clock;
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
            geclaimd = QuarkusTransaction.requiringNew().call(() -> {
                systeem.overAlleGemeenten("webhookbezorging");
                return abonnementen.claim(clock.instant(), clock.instant().plus(claimduur()), plaatsen);
            });
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

    /** One request: the last event it carries, how many, and the body as it goes out. */
    private record Bericht(long volgnummer, int aantal, String body, Map<String, String> headers) {}

    private record Ronde(Abonnement abonnement, List<Bericht> berichten) {}

    private void ronde(UUID id) {
        try {
            Optional<Ronde> ronde = QuarkusTransaction.requiringNew().call(() -> lees(id));
            if (ronde.isEmpty()) {
                return;
            }
            Abonnement abonnement = ronde.get().abonnement();
            for (Bericht bericht : ronde.get().berichten()) {
                Webhookverbinding.Poging poging = verbinding.verstuur(
                        abonnement.callbackUrl(),
                        abonnement.geheim(),
                        abonnement.mediaType(),
                        bericht.body(),
                        bericht.headers());
                boolean verder = QuarkusTransaction.requiringNew().call(() -> leg(id, bericht, poging));
                if (!verder) {
                    return;
                }
            }
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                systeem.overAlleGemeenten("webhookbezorging");
                abonnementen.geefVrij(id);
            });
        }
    }

    private Optional<Ronde> lees(UUID id) {
        // a partner's events come from every gemeente that referred to it; a gemeente system's are
        // read by their gemeente explicitly
        systeem.overAlleGemeenten("webhookbezorging");
        Abonnement abonnement = abonnementen.findById(id);
        if (abonnement == null || !abonnement.actief()) {
            return Optional.empty();
        }
        // for a filtered one, read before the events: every event up to it has committed, so an empty
        // read below means that none up to it is one the subscription asked for
        long zichtbaar = abonnement.gefilterd() ? gebeurtenissen.laatste(abonnement.abonnee()) : 0;
        boolean batch = Gebeurtenisvorm.CLOUDEVENTS_BATCH.equals(abonnement.mediaType());
        List<Gebeurtenis> te = gebeurtenissen.voor(
                abonnement.abonnee(),
                abonnement.typen(),
                abonnement.onderwerp(),
                abonnement.laatstAfgeleverd(),
                batch ? config.batchGrootte() : PER_RONDE);
        if (te.isEmpty()) {
            // only events its filters skip: it is past them, so that it is not claimed for them again
            abonnement.voorbij(zichtbaar);
            return Optional.empty();
        }
        // a receiver that agreed on a rate gets one request per round, the next after 60/rate seconds
        int verzoeken = abonnement.verzoekfrequentie() == null ? Integer.MAX_VALUE : 1;
        return Optional.of(new Ronde(abonnement, berichten(abonnement, te, batch, verzoeken)));
    }

    private List<Bericht> berichten(Abonnement abonnement, List<Gebeurtenis> te, boolean batch, int verzoeken) {
        long sequence = abonnement.laatsteSequence() + 1;
        Gebeurtenis laatste = te.get(te.size() - 1);
        if (batch) {
            return List.of(
                    new Bericht(laatste.volgnummer(), te.size(), schrijf(vorm.cloudEvents(te, sequence)), Map.of()));
        }
        boolean verouderd = Gebeurtenisvorm.VEROUDERD.equals(abonnement.mediaType());
        List<Bericht> berichten = new ArrayList<>();
        for (Gebeurtenis gebeurtenis : te.subList(0, Math.min(te.size(), verzoeken))) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(GEBEURTENIS, gebeurtenis.id().toString());
            if (verouderd) {
                headers.putAll(vorm.verouderdHeaders(Optional.empty()));
            }
            String body = verouderd
                    ? schrijf(vorm.verouderd(gebeurtenis))
                    : schrijf(vorm.cloudEvent(gebeurtenis, sequence++));
            berichten.add(new Bericht(gebeurtenis.volgnummer(), 1, body, headers));
        }
        return berichten;
    }

    /**
     * Records one attempt and moves the subscription on. @return whether the round goes on: not
     * after a failure, nor when the subscription moved meanwhile (suspended, or delivered by a
     * replica whose claim outlived ours).
     */
    private boolean leg(UUID id, Bericht bericht, Webhookverbinding.Poging poging) {
        // a gemeente system's subscription is sealed to its gemeente (V18); the job acts for none
        systeem.overAlleGemeenten("webhookbezorging");
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
        if (poging.gelukt()) {
            abonnement.afgeleverd(bericht.volgnummer(), bericht.aantal(), clock.instant());
            abonnement.bezigTot(clock.instant().plus(claimduur()));
            return abonnement.volgendePoging() == null;
        }
        Integer status = poging.status();
        if (status != null && status == 410) {
            abonnement.beeindig("De ontvanger antwoordde 410 Gone: hij wil niets meer ontvangen.");
        } else if (status != null && status == 415) {
            abonnement.schortOp("De ontvanger antwoordde 415: hij verwerkt " + abonnement.mediaType()
                    + " niet. Pas de ontvanger aan en heractiveer het abonnement.");
        } else {
            Duration wacht = status != null && status == 429
                    ? poging.opnieuwNa().orElse(abonnement.wachttijd(config.backoffStart(), config.backoffMax()))
                    : abonnement.wachttijd(config.backoffStart(), config.backoffMax());
            abonnement.mislukt(clock.instant(), wacht, config.opschortenNa(), poging.reden());
        }
        LOG.infof(
                "Webhook %s: delivery of event %d failed (%s), attempt %d, now %s",
                id, bericht.volgnummer(), poging.reden(), abonnement.mislukkingen(), abonnement.status());
        return false;
    }

    private String schrijf(Object waarde) {
        try {
            return json.writeValueAsString(waarde);
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
}
