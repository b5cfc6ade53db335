package nl.vraagwijzer.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vraagwijzer.shared.audit.Logboek;
import nl.vraagwijzer.shared.gemeente.Gemeentekeuze;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.ports.Diensten;
import nl.vraagwijzer.shared.ports.HulpvraagKern;
import nl.vraagwijzer.shared.ports.Hulpvragen;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;
import nl.vraagwijzer.shared.time.Werkdagen;

/**
 * Triage of questions and the rules behind its advice. Triage content is special-category
 * personal data: only the professionals and team lead of the question's team read it, and every
 * access is logged.
 */
@ApplicationScoped
public class TriageService {

    /** The default rule that answers every safety sign with the Meldcode steps (migration V4). */
    static final UUID MELDCODE_REGEL = UUID.fromString("10000000-0000-4000-8000-000000000003");

    private final TriageRepository triages;
    private final TriageregelRepository regels;
    private final Hulpvragen hulpvragen;
    private final Diensten diensten;
    private final Aanroeper aanroeper;
    private final Gemeentekeuze gemeentekeuze;
    private final Logboek logboek;
    private final Clock clock;

    public TriageService(
            TriageRepository triages,
            TriageregelRepository regels,
            Hulpvragen hulpvragen,
            Diensten diensten,
            Aanroeper aanroeper,
            Gemeentekeuze gemeentekeuze,
            Logboek logboek,
            Clock clock) {
        this.triages = triages;
        this.regels = regels;
        this.hulpvragen = hulpvragen;
        this.diensten = diensten;
        this.aanroeper = aanroeper;
        this.gemeentekeuze = gemeentekeuze;
        this.logboek = logboek;
        this.clock = clock;
    }

    /**
     * Records a triage with the advice of the active rules.
     *
     * @throws ApiProblem 404 unknown question, 403 another team's, 409 closed, 400 invalid scores
     */
    @Transactional
    public Triage legVast(UUID hulpvraagId, Triage.Beoordeling beoordeling) {
        HulpvraagKern kern = vind(hulpvraagId, "triage-vastleggen");
        if (kern.afgesloten()) {
            throw ApiProblem.conflict("Hulpvraag " + hulpvraagId + " is afgesloten; heropen hem eerst.");
        }
        valideer(beoordeling);
        List<Aanbeveling> advies = Advisering.advies(
                feiten(kern, beoordeling),
                regels.actief(),
                beoordeling.zrmScores().stream()
                        .collect(Collectors.toMap(ZrmScore::leefgebied, score -> score, (eerste, tweede) -> eerste)),
                (leefgebied, max) -> diensten.kandidaten(leefgebied, kern.gemeente(), kern.wijk(), max).stream()
                        .map(d -> new Aanbeveling.Kandidaat(
                                d.id(), d.naam(), d.organisatieId(), d.soort(), d.wachttijdWeken()))
                        .toList());
        Triage triage = new Triage(
                hulpvraagId,
                kern.inwonerId(),
                kern.team(),
                aanroeper.subject(),
                Werkdagen.vandaag(clock),
                beoordeling,
                advies,
                clock.instant());
        triages.persist(triage);
        logboek.toegestaan("triage-vastleggen", Set.of(kern.inwonerId()));
        return triage;
    }

    /** Newest first; the first is the current triage. */
    @Transactional
    public List<Triage> vanHulpvraag(UUID hulpvraagId) {
        HulpvraagKern kern = vind(hulpvraagId, "triages-lezen");
        logboek.toegestaan("triages-lezen", Set.of(kern.inwonerId()));
        return triages.vanHulpvraag(hulpvraagId);
    }

    @Transactional
    public Triage lees(UUID hulpvraagId, UUID triageId) {
        HulpvraagKern kern = vind(hulpvraagId, "triage-lezen");
        Triage triage = triages.findByIdOptional(triageId)
                .filter(t -> t.hulpvraagId().equals(hulpvraagId))
                .orElseThrow(() -> ApiProblem.notFound("Triage", triageId));
        logboek.toegestaan("triage-lezen", Set.of(kern.inwonerId()));
        return triage;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Triageregel> regels(PageRequest page) {
        return regels.pagina(page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Triageregel regel(UUID id) {
        return regels.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Triageregel", id));
    }

    /** @throws ApiProblem 400 for a condition that cannot be used */
    @Transactional
    public Triageregel voegRegelToe(
            String naam, String omschrijving, boolean actief, Voorwaarde voorwaarde, Advies advies) {
        Triageregel regel =
                Triageregel.nieuw(naam, omschrijving, actief, voorwaarde, advies, aanroeper.subject(), clock.instant());
        regels.persistAndFlush(regel);
        regels.getEntityManager().persist(new TriageregelVersie(regel));
        return regel;
    }

    /** A new version of the rule; the old one stays in triageregel_versie. */
    @Transactional
    public Triageregel wijzigRegel(
            UUID id,
            String ifMatch,
            String naam,
            String omschrijving,
            boolean actief,
            Voorwaarde voorwaarde,
            Advies advies) {
        long expected = ETags.expectedVersion(ifMatch);
        Triageregel regel = regel(id);
        ETags.requireCurrent(expected, regel.versie());
        if (id.equals(MELDCODE_REGEL) && !blijftMeldcode(actief, voorwaarde, advies)) {
            throw ApiProblem.conflict("De Meldcode-regel blijft actief, geldt bij elk veiligheidssignaal en noemt"
                    + " de Meldcode in zijn toelichting; de wet vraagt die stappen bij huiselijk geweld.");
        }
        regel.wijzig(naam, omschrijving, actief, voorwaarde, advies, aanroeper.subject(), clock.instant());
        regels.flush();
        regels.getEntityManager().persist(new TriageregelVersie(regel));
        return regel;
    }

    /**
     * The outcome report. A team lead sees their own team; scripts every team.
     *
     * @throws ApiProblem 403 when a team lead asks for another team, or for a regional report over a
     *     gemeente the token does not hold
     */
    @Transactional
    public List<TriageRepository.Cijfer> zelfredzaamheid(
            LocalDate vanaf, LocalDate tot, String team, Set<String> gemeenten) {
        String filter = aanroeper.overzichtTeam(team);
        if (gemeenten != null && !gemeenten.isEmpty()) {
            gemeentekeuze.regionaal(gemeenten);
        }
        return triages.zelfredzaamheid(vanaf, tot, filter);
    }

    private static boolean blijftMeldcode(boolean actief, Voorwaarde voorwaarde, Advies advies) {
        return actief
                && Boolean.TRUE.equals(voorwaarde.veiligheid())
                && advies.toelichting() != null
                && advies.toelichting().contains("Meldcode");
    }

    private HulpvraagKern vind(UUID hulpvraagId, String actie) {
        HulpvraagKern kern = hulpvragen
                .bekendBijAanroeper(hulpvraagId, actie)
                .orElseThrow(() -> ApiProblem.notFound("Hulpvraag", hulpvraagId));
        Optional<String> team = aanroeper.team();
        if (team.isEmpty() || !team.get().equals(kern.team())) {
            logboek.geweigerd(actie, Set.of(kern.inwonerId()), "niet van het eigen team");
            throw new ApiProblem(403, "Deze gegevens horen bij een ander team dan dat in je token.");
        }
        return kern;
    }

    private static void valideer(Triage.Beoordeling beoordeling) {
        List<String> fouten = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < beoordeling.zrmScores().size(); i++) {
            ZrmScore score = beoordeling.zrmScores().get(i);
            if (!gezien.add(score.leefgebied())) {
                fouten.add("zrmScores[" + i + "].leefgebied: " + score.leefgebied() + " staat er al");
            }
            int aandelen = waarde(score.eigenKracht()) + waarde(score.netwerk()) + waarde(score.professioneleHulp());
            if (aandelen > 100) {
                fouten.add("zrmScores[" + i + "]: eigenKracht, netwerk en professioneleHulp samen " + aandelen
                        + "%, meer dan 100%");
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiProblem.badRequest(String.join("; ", fouten) + ".");
        }
    }

    private static int waarde(Integer aandeel) {
        return aandeel == null ? 0 : aandeel;
    }

    private static TriageFeiten feiten(HulpvraagKern kern, Triage.Beoordeling beoordeling) {
        Map<String, Integer> scores = new HashMap<>();
        beoordeling.zrmScores().forEach(score -> scores.put(score.leefgebied(), score.score()));
        Set<String> onderliggend = new HashSet<>();
        beoordeling.onderliggendeVragen().forEach(vraag -> onderliggend.add(vraag.leefgebied()));
        return new TriageFeiten(
                scores,
                onderliggend,
                Set.copyOf(kern.leefgebieden()),
                !beoordeling.veiligheid().isEmpty(),
                !beoordeling.dreigingen().isEmpty(),
                kern.wettelijkKader());
    }
}
