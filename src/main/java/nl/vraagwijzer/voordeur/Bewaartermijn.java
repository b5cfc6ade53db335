package nl.vraagwijzer.voordeur;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.shared.audit.Logboek;
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

    public Bewaartermijn(
            InwonerRepository inwoners,
            @Any Instance<Anonimisering> features,
            Logboek logboek,
            VoordeurConfig config,
            Clock clock) {
        this.inwoners = inwoners;
        this.features = features;
        this.logboek = logboek;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(cron = "${vraagwijzer.bewaartermijn-cron:0 30 2 * * ?}")
    void nachtelijks() {
        int aantal = ruimOp(clock.instant());
        LOG.infof("Retention: %d residents anonymised", aantal);
    }

    /** Anonymises every resident past retention at {@code nu}. @return how many */
    @Transactional
    public int ruimOp(Instant nu) {
        @SuppressWarnings("unchecked")
        List<UUID> verlopen = inwoners.getEntityManager()
                .createNativeQuery(
                        """
                        select i.id from inwoner i
                        where i.geanonimiseerd_op is null
                          and exists (select 1 from hulpvraag h where h.inwoner_id = i.id)
                          and not exists (select 1 from hulpvraag h where h.inwoner_id = i.id and h.status <> 'afgesloten')
                          and (select max(s.tijdstip) from statuswijziging s join hulpvraag h on h.id = s.hulpvraag_id
                               where h.inwoner_id = i.id and s.naar = 'afgesloten') < :grens
                        """,
                        UUID.class)
                .setParameter("grens", nu.minus(config.bewaartermijn()))
                .getResultList();
        for (UUID id : verlopen) {
            inwoners.findById(id).anonimiseer(nu);
            var em = inwoners.getEntityManager();
            em.createNativeQuery(
                            "update hulpvraag set omschrijving = '[verwijderd na bewaartermijn]', medewerker = null,"
                                    + " versie = versie + 1 where inwoner_id = :inwoner")
                    .setParameter("inwoner", id)
                    .executeUpdate();
            em.createNativeQuery(
                            "update contactmoment set verslag = '[verwijderd na bewaartermijn]' where hulpvraag_id in"
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
        return verlopen.size();
    }
}
