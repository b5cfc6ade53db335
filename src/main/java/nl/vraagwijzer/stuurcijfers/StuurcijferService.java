package nl.vraagwijzer.stuurcijfers;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vraagwijzer.shared.cijfers.CijferConfig;
import nl.vraagwijzer.shared.cijfers.Cijferbron;
import nl.vraagwijzer.shared.gemeente.Gemeentekeuze;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;
import nl.vraagwijzer.shared.security.Rollen;
import nl.vraagwijzer.shared.time.Werkdagen;

/**
 * The steering figures of a family for the periods, gemeenten and team asked: read from the figures'
 * database in one snapshot, counted per day, summed into the whole lattice of the years asked
 * ({@link Periodenraster}), suppressed together ({@link Stuurcijfertabel}), and then narrowed to what
 * was asked, so that what one question shows never undoes what another hides.
 */
@ApplicationScoped
public class StuurcijferService {

    private static final int JAREN_HOOGSTENS = 5;

    /**
     * The cells asked for, and how fresh they are: the read's, and the stored day counts' (until which
     * day, computed when), if any were used.
     */
    public record Antwoord(
            List<Stuurcijfertabel.Cijfer> cijfers,
            Cijferbron.Versheid versheid,
            Optional<StuurcijferRepository.Stand> opgeslagen) {}

    private record Gelezen(List<Feit> feiten, Optional<StuurcijferRepository.Stand> stand) {}

    private final StuurcijferRepository repository;
    private final Cijferbron bron;
    private final Aanroeper aanroeper;
    private final Gemeentekeuze gemeentekeuze;
    private final CijferConfig config;
    private final Clock clock;

    public StuurcijferService(
            StuurcijferRepository repository,
            Cijferbron bron,
            Aanroeper aanroeper,
            Gemeentekeuze gemeentekeuze,
            CijferConfig config,
            Clock clock) {
        this.repository = repository;
        this.bron = bron;
        this.aanroeper = aanroeper;
        this.gemeentekeuze = gemeentekeuze;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param periode {@code week}, {@code maand} (null), {@code kwartaal} or {@code jaar}
     * @param indeling {@code team} (null) or {@code wijk}
     * @param perDienst the partner figures per service, not per organisation
     * @throws ApiProblem 400 for a period that ends before it starts, spans more than five calendar
     *     years or lies outside the years 2000-2999, or a team with {@code indeling=wijk}; 403 for a
     *     team lead asking for another team or for wijken; 503 when the figures' database is away
     */
    public Antwoord cijfers(
            Maatstaf.Familie familie,
            String periode,
            LocalDate vanaf,
            LocalDate tot,
            String indeling,
            String team,
            Set<String> gemeenten,
            boolean perDienst) {
        Periode.Soort soort = periode == null ? Periode.Soort.MAAND : Periode.Soort.van(periode);
        boolean perWijk = "wijk".equals(indeling);
        if (perWijk && !aanroeper.heeftRol(Rollen.RAPPORTAGE)) {
            throw new ApiProblem(
                    403, "indeling: per wijk alleen met de rol rapportage; een teamleider ziet het eigen team.");
        }
        if (perWijk && team != null) {
            throw ApiProblem.badRequest("team: hoort bij indeling=team, niet bij indeling=wijk.");
        }
        String filter = aanroeper.overzichtTeam(team);
        LocalDate vandaag = Werkdagen.vandaag(clock);
        LocalDate laatste = tot == null ? vandaag : tot;
        LocalDate eerste = vanaf == null ? standaardBegin(soort, laatste) : vanaf;
        for (LocalDate dag : List.of(eerste, laatste)) {
            if (dag.getYear() < 2000 || dag.getYear() > 2999) {
                throw ApiProblem.badRequest("vanaf/tot: " + dag + " ligt buiten de jaren 2000 tot en met 2999.");
            }
        }
        if (laatste.isBefore(eerste)) {
            throw ApiProblem.badRequest("tot: " + laatste + " ligt voor vanaf (" + eerste + ").");
        }
        if (laatste.getYear() - eerste.getYear() >= JAREN_HOOGSTENS) {
            throw ApiProblem.badRequest("tot: de periode " + eerste + " tot en met " + laatste + " beslaat meer dan "
                    + JAREN_HOOGSTENS + " kalenderjaren.");
        }
        List<String> regio =
                gemeenten == null || gemeenten.isEmpty() ? null : gemeentekeuze.regionaleGemeenten(gemeenten);
        Periodenraster raster = new Periodenraster(soort, eerste, laatste);
        Instant nu = clock.instant();
        boolean perWeek = soort == Periode.Soort.WEEK;
        // the periods whose stock (caseload) is counted at the end of each day: today for the running ones
        Map<LocalDate, List<Periode>> perStanddag = familie != Maatstaf.Familie.INZET
                ? Map.of()
                : raster.perioden().stream()
                        .filter(p -> !p.begin().isAfter(vandaag))
                        .collect(Collectors.groupingBy(
                                p -> standdag(p, vandaag), LinkedHashMap::new, Collectors.toList()));
        Cijferbron.Uitkomst<Gelezen> gelezen = bron.lees(verbinding -> {
            if (regio != null) {
                Gemeentekeuze.regionaal(verbinding, regio);
            }
            // the days that have ended come from the stored day counts, the rest is counted live
            Optional<StuurcijferRepository.Stand> stand = repository.stand(verbinding);
            LocalDate grens = stand.map(StuurcijferRepository.Stand::tot)
                    .map(t -> t.isBefore(raster.begin()) ? raster.begin() : t)
                    .map(t -> t.isAfter(raster.eind()) ? raster.eind() : t)
                    .orElse(raster.begin());
            List<LocalDate> opgeslagenStanden = new ArrayList<>();
            List<Instant> levendeStanden = new ArrayList<>();
            for (LocalDate dag : perStanddag.keySet()) {
                if (stand.isPresent() && dag.isBefore(stand.get().tot())) {
                    opgeslagenStanden.add(dag);
                } else {
                    levendeStanden.add(dag.equals(vandaag) ? nu : Werkdagen.begin(dag.plusDays(1)));
                }
            }
            List<Feit> feiten = new ArrayList<>();
            if (stand.isPresent()) {
                feiten.addAll(
                        repository.opgeslagen(verbinding, familie, raster.begin(), grens, opgeslagenStanden, perWeek));
            }
            if (grens.isBefore(raster.eind()) || !levendeStanden.isEmpty()) {
                feiten.addAll(repository.feiten(
                        verbinding,
                        familie,
                        grens,
                        raster.eind(),
                        Werkdagen.begin(grens),
                        Werkdagen.begin(raster.eind()),
                        vandaag,
                        levendeStanden,
                        perWeek ? "week" : "month",
                        stand.isEmpty()));
            }
            return new Gelezen(feiten, stand);
        });
        Stuurcijfertabel tabel = new Stuurcijfertabel();
        for (Feit gelezenFeit : gelezen.waarde().feiten()) {
            // per organisation unless per service was asked: thousands of services give small cells
            Feit feit = perDienst || gelezenFeit.dienst() == null ? gelezenFeit : gelezenFeit.zonderDienst();
            tabel.voegToe(
                    feit,
                    feit.maatstaf().vorm() == Maatstaf.Vorm.STAND
                            ? perStanddag.getOrDefault(feit.dag(), List.of())
                            : raster.waarin(feit.dag()));
        }
        Stuurcijfertabel.Niveau eenheid = perWijk ? Stuurcijfertabel.Niveau.WIJK : Stuurcijfertabel.Niveau.TEAM;
        List<Stuurcijfertabel.Cijfer> gevraagd =
                tabel.onderdruk(config.kleinsteAantal(), raster, p -> standdag(p, vandaag), sleutel -> {
                    Periode p = sleutel.periode();
                    boolean inPeriode = p.soort() == soort
                            && p.eind().isAfter(eerste)
                            && !p.begin().isAfter(laatste);
                    boolean opNiveau = filter == null
                            ? sleutel.niveau() == Stuurcijfertabel.Niveau.GEMEENTE || sleutel.niveau() == eenheid
                            : sleutel.niveau() == Stuurcijfertabel.Niveau.TEAM && filter.equals(sleutel.eenheid());
                    return inPeriode && opNiveau;
                });
        gevraagd.sort(VOLGORDE);
        return new Antwoord(gevraagd, gelezen.versheid(), gelezen.waarde().stand());
    }

    /** UUIDs in the order of their text (none first), without writing them out: unsigned, high bits first. */
    private static final Comparator<java.util.UUID> ALS_TEKST = Comparator.nullsFirst((een, ander) -> {
        int hoog = Long.compareUnsigned(een.getMostSignificantBits(), ander.getMostSignificantBits());
        return hoog != 0 ? hoog : Long.compareUnsigned(een.getLeastSignificantBits(), ander.getLeastSignificantBits());
    });

    private static final Comparator<Stuurcijfertabel.Cijfer> VOLGORDE = Comparator.comparing(
                    (Stuurcijfertabel.Cijfer c) -> c.sleutel().gemeente())
            .thenComparing(c -> c.sleutel().niveau())
            .thenComparing(c -> c.sleutel().eenheid(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.sleutel().periode().begin())
            .thenComparing(c -> c.sleutel().maatstaf())
            .thenComparing(c -> c.sleutel().organisatie(), ALS_TEKST)
            .thenComparing(c -> c.sleutel().dienst(), ALS_TEKST)
            .thenComparing(c -> c.sleutel().categorie(), Comparator.nullsFirst(Comparator.naturalOrder()));

    private static LocalDate standaardBegin(Periode.Soort soort, LocalDate laatste) {
        return switch (soort) {
            case WEEK -> laatste.minusWeeks(11);
            case MAAND -> laatste.minusMonths(11);
            case KWARTAAL -> laatste.minusMonths(33);
            case JAAR -> laatste.minusYears(2);
        };
    }

    /** The last day a stock of {@code periode} covers: its last day, or today for the running one. */
    static LocalDate standdag(Periode periode, LocalDate vandaag) {
        return periode.eind().isAfter(vandaag) ? vandaag : periode.eind().minusDays(1);
    }
}
