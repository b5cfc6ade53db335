package nl.vraagwijzer.shared.audit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.shared.audit.LogboekRegel.Resultaat;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.persistence.Systeemtoegang;
import nl.vraagwijzer.shared.security.Aanroeper;

/**
 * The access log (NEN 7513): who read, searched, exported or changed which residents' personal
 * data, when, why and with what result. Features call it for every such access.
 */
@ApplicationScoped
public class Logboek {

    /** Months of partitions kept ready ahead of today. */
    static final int MAANDEN_VOORUIT = 13;

    private final LogboekRepository regels;
    private final Aanroeper aanroeper;
    private final Clock clock;
    private final EntityManager entityManager;
    private final Systeemtoegang systeemtoegang;

    public Logboek(
            LogboekRepository regels,
            Aanroeper aanroeper,
            Clock clock,
            EntityManager entityManager,
            Systeemtoegang systeemtoegang) {
        this.systeemtoegang = systeemtoegang;
        this.regels = regels;
        this.aanroeper = aanroeper;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Records an access that succeeds, in the caller's transaction: if the access fails and rolls
     * back, so does its record, and a record never exists without the access.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toegestaan(String actie, Collection<UUID> inwonerIds, String toelichting) {
        regels.persist(regel(actie, inwonerIds, Resultaat.TOEGESTAAN, toelichting));
    }

    /**
     * As {@link #toegestaan(String, Collection, String)}, in the log of {@code gemeente}: for a
     * partner, whose one request may touch the residents of several gemeenten.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toegestaanIn(String gemeente, String actie, Collection<UUID> inwonerIds, String toelichting) {
        systeemtoegang.namens(gemeente);
        regels.persist(regel(actie, inwonerIds, Resultaat.TOEGESTAAN, toelichting));
        // the row takes its gemeente from the transaction's setting when it is written
        regels.flush();
    }

    public void toegestaan(String actie, Collection<UUID> inwonerIds) {
        toegestaan(actie, inwonerIds, null);
    }

    /** Records a refused access in a transaction of its own, so it survives the refusal's rollback. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void geweigerd(String actie, Collection<UUID> inwonerIds, String toelichting) {
        regels.persist(regel(actie, inwonerIds, Resultaat.GEWEIGERD, toelichting));
    }

    /**
     * Records a refused access to a resident of {@code gemeente}, another gemeente than the caller
     * acts for, in that gemeente's log and in a transaction of its own.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void geweigerdIn(String gemeente, String actie, Collection<UUID> inwonerIds, String toelichting) {
        systeemtoegang.overAlleGemeenten("logboek-weigering");
        systeemtoegang.namens(gemeente);
        regels.persist(regel(actie, inwonerIds, Resultaat.GEWEIGERD, toelichting));
        regels.flush();
    }

    /** Records what the service itself did to personal data (such as retention), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void systeem(String actie, Collection<UUID> inwonerIds, String toelichting) {
        regels.persist(new LogboekRegel(
                clock.instant(),
                "systeem",
                "Vraagwijzer API",
                List.of(),
                null,
                actie,
                List.copyOf(inwonerIds),
                null,
                Resultaat.TOEGESTAAN,
                toelichting));
    }

    private LogboekRegel regel(String actie, Collection<UUID> inwonerIds, Resultaat resultaat, String toelichting) {
        return new LogboekRegel(
                clock.instant(),
                aanroeper.subject(),
                aanroeper.naam(),
                List.copyOf(aanroeper.rollen()),
                aanroeper.organisatieId().orElse(null),
                actie,
                List.copyOf(inwonerIds),
                aanroeper.doelbinding().orElse(null),
                resultaat,
                toelichting);
    }

    /** The window of a search that names no {@code vanaf}: the twelve months before {@code tot} (or now). */
    static final Period STANDAARD_VENSTER = Period.ofMonths(12);

    /**
     * The log for the privacy officer, chronological. Reading the log is not itself logged. Every
     * search has a lower bound in time (without {@code vanaf}, {@link #STANDAARD_VENSTER} before
     * {@code tot} or now), so PostgreSQL reads only the monthly partitions of that window, however
     * many years the log holds (ADR 0006, docs/performance.md).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<LogboekRegel> zoek(
            UUID inwonerId, String actie, String medewerker, Instant vanaf, Instant tot, PageRequest page) {
        Instant begin = vanaf != null
                ? vanaf
                : (tot != null ? tot : clock.instant())
                        .atOffset(ZoneOffset.UTC)
                        .minus(STANDAARD_VENSTER)
                        .toInstant();
        return regels.zoek(inwonerId, actie, medewerker, begin, tot, page);
    }

    /** Every entry about one resident, oldest first, for an access request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.List<LogboekRegel> vanInwoner(UUID inwonerId) {
        return regels.list("array_contains(inwonerIds, ?1) order by tijdstip, id", inwonerId);
    }

    @Transactional
    void maakPartities(@Observes StartupEvent start) {
        entityManager
                .createNativeQuery("select logboek_maak_partities(:vanaf, :maanden)")
                .setParameter("vanaf", LocalDate.now(clock.withZone(ZoneOffset.UTC)))
                .setParameter("maanden", MAANDEN_VOORUIT)
                .getSingleResult();
    }
}
