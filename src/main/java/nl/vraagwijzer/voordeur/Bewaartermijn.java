package nl.vraagwijzer.voordeur;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.shared.audit.Logboek;
import nl.vraagwijzer.shared.gemeente.Gemeenteindeling;
import nl.vraagwijzer.shared.persistence.Systeemtoegang;
import nl.vraagwijzer.shared.persistence.Taakplanning;
import nl.vraagwijzer.shared.ports.Anonimisering;
import org.jboss.logging.Logger;

/**
 * The retention job: a resident whose questions have all been closed for longer than
 * {@code vraagwijzer.bewaartermijn} is anonymised in every feature, and the erasure is recorded
 * in the access log. Runs nightly; {@link #ruimOp(Instant)} takes the moment to judge by, so tests
 * control the clock.
 */
@ApplicationScoped
public class Bewaartermijn {

    private static final Logger LOG = Logger.getLogger(Bewaartermijn.class);

    private final InwonerRepository inwoners;
    private final Instance<Anonimisering> features;
    private final Logboek logboek;
    private final VoordeurConfig config;
    private final Clock clock;
    private final Taakplanning taken;
    private final Systeemtoegang systeem;
    private final java.util.SortedMap<String, java.time.Duration> eigenTermijnen = new java.util.TreeMap<>();

    public Bewaartermijn(
            InwonerRepository inwoners,
            @Any Instance<Anonimisering> features,
            Logboek logboek,
            VoordeurConfig config,
            Clock clock,
            Taakplanning taken,
            Systeemtoegang systeem,
            Gemeenteindeling indeling) {
        // the gemeenten with a retention of their own, in a stable order (configuration: fixed)
        indeling.alle()
                .forEach(gemeente -> gemeente.bewaartermijn().ifPresent(t -> eigenTermijnen.put(gemeente.code(), t)));
        this.taken = taken;
        this.systeem = systeem;
        this.inwoners = inwoners;
        this.features = features;
        this.logboek = logboek;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(cron = "${vraagwijzer.bewaartermijn-cron:0 30 2 * * ?}")
    void nachtelijks(ScheduledExecution uitvoering) {
        taken.eenmaal("bewaartermijn", uitvoering, () -> {
            int aantal = ruimOp(clock.instant());
            LOG.infof("Retention: %d residents anonymised", aantal);
        });
    }

    /**
     * Anonymises every resident past retention at {@code nu}, in batches of {@value #PER_BATCH}
     * that each commit on their own. A resident someone is changing right now is skipped (its row is
     * locked) and comes back tomorrow; a batch that fails is retried one resident at a time, so one
     * conflict costs that resident a day, not the whole run. @return how many
     */
    public int ruimOp(Instant nu) {
        int totaal = 0;
        Set<UUID> overgeslagen = new HashSet<>();
        while (true) {
            List<UUID> batch = QuarkusTransaction.requiringNew().call(() -> verlopen(nu, overgeslagen, PER_BATCH));
            if (batch.isEmpty()) {
                return totaal;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> batch.forEach(id -> anonimiseer(id, nu)));
                totaal += batch.size();
            } catch (RuntimeException batchfout) {
                for (UUID id : batch) {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> anonimiseer(id, nu));
                        totaal++;
                    } catch (RuntimeException e) {
                        LOG.warnf(
                                "Retention: resident %s skipped until the next run (%s)",
                                id, e.getClass().getSimpleName());
                        overgeslagen.add(id);
                    }
                }
            }
        }
    }

    private static final int PER_BATCH = 100;

    @SuppressWarnings("unchecked")
    private List<UUID> verlopen(Instant nu, Set<UUID> overgeslagen, int aantal) {
        systeem.overAlleGemeenten("bewaartermijn");
        return inwoners.getEntityManager()
                .createNativeQuery(
                        """
                        select i.id from inwoner i
                        where i.geanonimiseerd_op is null
                          and not (i.id = any(cast(:overgeslagen as uuid[])))
                          and exists (select 1 from hulpvraag h where h.inwoner_id = i.id)
                          and not exists (select 1 from hulpvraag h where h.inwoner_id = i.id and h.status <> 'afgesloten')
                          and (select max(s.tijdstip) from statuswijziging s join hulpvraag h on h.id = s.hulpvraag_id
                               where h.inwoner_id = i.id and s.naar = 'afgesloten')
                              < cast(:nu as timestamptz) - make_interval(secs => coalesce(
                                  (select t.seconden from unnest(cast(:codes as text[]), cast(:termijnen as bigint[]))
                                   as t(code, seconden) where t.code = i.gemeente),
                                  :standaard))
                        order by i.id
                        limit :aantal
                        for update of i skip locked
                        """,
                        UUID.class)
                // a gemeente may keep data shorter or longer than the deployment's default
                .setParameter("nu", java.time.OffsetDateTime.ofInstant(nu, java.time.ZoneOffset.UTC))
                .setParameter("codes", "{" + String.join(",", eigenTermijnen.keySet()) + "}")
                .setParameter(
                        "termijnen",
                        eigenTermijnen.values().stream()
                                .map(termijn -> String.valueOf(termijn.toSeconds()))
                                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .setParameter("standaard", (double) config.bewaartermijn().toSeconds())
                .setParameter(
                        "overgeslagen",
                        overgeslagen.stream()
                                .map(UUID::toString)
                                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .setParameter("aantal", aantal)
                .getResultList();
    }

    /** One resident, in the caller's transaction. */
    private void anonimiseer(UUID id, Instant nu) {
        systeem.overAlleGemeenten("bewaartermijn");
        // the erasure is logged in the resident's own gemeente
        systeem.namens((String) inwoners.getEntityManager()
                .createNativeQuery("select gemeente from inwoner where id = :id")
                .setParameter("id", id)
                .getSingleResult());
        inwoners.findById(id).anonimiseer(nu);
        var em = inwoners.getEntityManager();
        em.createNativeQuery("update hulpvraag set omschrijving = '[verwijderd na bewaartermijn]', medewerker = null,"
                        + " versie = versie + 1 where inwoner_id = :inwoner")
                .setParameter("inwoner", id)
                .executeUpdate();
        em.createNativeQuery("update contactmoment set verslag = '[verwijderd na bewaartermijn]' where hulpvraag_id in"
                        + " (select h.id from hulpvraag h where h.inwoner_id = :inwoner)")
                .setParameter("inwoner", id)
                .executeUpdate();
        em.createNativeQuery("update statuswijziging set reden = null where hulpvraag_id in"
                        + " (select h.id from hulpvraag h where h.inwoner_id = :inwoner)")
                .setParameter("inwoner", id)
                .executeUpdate();
        features.forEach(feature -> feature.anonimiseer(id));
        logboek.systeem(
                "bewaartermijn-anonimiseren",
                Set.of(id),
                "bewaartermijn " + config.bewaartermijn() + " na afsluiten verstreken");
    }
}
