package nl.vraagwijzer.ondersteuningsplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.shared.audit.Logboek;
import nl.vraagwijzer.shared.cijfers.CijferConfig;
import nl.vraagwijzer.shared.cijfers.Onderdrukking;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.ports.Gebeurtenissen;
import nl.vraagwijzer.shared.ports.Huishoudens;
import nl.vraagwijzer.shared.ports.HulpvraagKern;
import nl.vraagwijzer.shared.ports.Hulpvragen;
import nl.vraagwijzer.shared.ports.Inwoners;
import nl.vraagwijzer.shared.ports.Verwijzingen;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;
import nl.vraagwijzer.shared.time.Werkdagen;

/**
 * Support plans: drawn up by the team that holds an open question of the household (or resident),
 * changed under If-Match with every version recorded, agreed by the resident, with one coordinator.
 * A plan of another team does not exist for the caller (404). Every read and change is logged.
 */
@ApplicationScoped
public class OndersteuningsplanService {

    private final OndersteuningsplanRepository plannen;
    private final Huishoudens huishoudens;
    private final Inwoners inwoners;
    private final Hulpvragen hulpvragen;
    private final Verwijzingen verwijzingen;
    private final Aanroeper aanroeper;
    private final Gebeurtenissen gebeurtenissen;
    private final CijferConfig cijfers;
    private final Logboek logboek;
    private final Clock clock;

    public OndersteuningsplanService(
            OndersteuningsplanRepository plannen,
            Huishoudens huishoudens,
            Inwoners inwoners,
            Hulpvragen hulpvragen,
            Verwijzingen verwijzingen,
            Aanroeper aanroeper,
            Gebeurtenissen gebeurtenissen,
            CijferConfig cijfers,
            Logboek logboek,
            Clock clock) {
        this.plannen = plannen;
        this.huishoudens = huishoudens;
        this.inwoners = inwoners;
        this.hulpvragen = hulpvragen;
        this.verwijzingen = verwijzingen;
        this.aanroeper = aanroeper;
        this.gebeurtenissen = gebeurtenissen;
        this.cijfers = cijfers;
        this.logboek = logboek;
        this.clock = clock;
    }

    /**
     * Draws up the plan of a household or of a resident without one.
     *
     * @throws ApiProblem 400 for neither or both, an unknown household or resident, or content or a
     *     coordinator the plan's rules refuse; 404 when the caller's team holds no open question there;
     *     409 for a resident who lives in a household, or a second plan
     */
    @Transactional
    public Ondersteuningsplan stelOp(
            UUID huishoudenId, UUID inwonerId, Ondersteuningsplan.Regisseur regisseur, Planinhoud inhoud) {
        if ((huishoudenId == null) == (inwonerId == null)) {
            throw ApiProblem.badRequest("huishoudenId, inwonerId: noem het huishouden of de inwoner, niet allebei.");
        }
        Set<UUID> voor;
        if (huishoudenId != null) {
            voor = huishoudens
                    .leden(huishoudenId)
                    .orElseThrow(
                            () -> ApiProblem.badRequest("huishoudenId: huishouden " + huishoudenId + " is onbekend."));
        } else {
            if (!inwoners.bestaat(inwonerId)) {
                throw ApiProblem.badRequest("inwonerId: inwoner " + inwonerId + " is onbekend.");
            }
            huishoudens.vanInwoner(inwonerId).ifPresent(huishouden -> {
                throw ApiProblem.conflict("inwonerId: de inwoner woont in huishouden " + huishouden
                        + "; stel het plan op voor het huishouden.");
            });
            voor = Set.of(inwonerId);
        }
        String team = aanroeper.zichtTeam();
        Ondersteuningsplan.Kader kader = kader(voor, team, "ondersteuningsplan-opstellen", huishoudenId, inwonerId);
        if (plannen.heeftPlan(huishoudenId, inwonerId)) {
            throw ApiProblem.conflict("Er is al een ondersteuningsplan voor dit "
                    + (huishoudenId != null ? "huishouden" : "inwoner") + "; werk dat bij.");
        }
        Ondersteuningsplan plan = new Ondersteuningsplan(
                huishoudenId, inwonerId, team, regisseur, inhoud, kader, vandaag(), clock.instant());
        plannen.persist(plan);
        plannen.flush();
        return vastgelegd(
                plan, "opgesteld, regisseur " + regisseur.medewerker(), false, voor, "ondersteuningsplan-opstellen");
    }

    /** @throws ApiProblem 404 for an unknown plan or another team's */
    @Transactional
    public Ondersteuningsplan lees(UUID id) {
        Ondersteuningsplan plan = vind(id, "ondersteuningsplan-lezen");
        logboek.toegestaan("ondersteuningsplan-lezen", voor(plan));
        return plan;
    }

    /** @throws ApiProblem 404; 400 for content the rules refuse; 412/428 for the version */
    @Transactional
    public Ondersteuningsplan wijzig(UUID id, String ifMatch, Planinhoud inhoud) {
        Ondersteuningsplan plan = teWijzigen(id, ifMatch);
        Set<UUID> voor = voor(plan);
        boolean naAkkoord = plan.akkoordDatum() != null;
        List<UUID> bereikt = plan.wijzig(
                inhoud,
                kader(voor, plan.team(), "ondersteuningsplan-wijzigen", plan.huishoudenId(), plan.inwonerId()),
                vandaag(),
                clock.instant());
        plannen.flush();
        bereikt.forEach(doel -> gebeurtenissen.planDoelBereikt(plan.gemeente(), plan.id(), doel));
        return vastgelegd(
                plan, "doelen, acties en evaluaties bijgewerkt", naAkkoord, voor, "ondersteuningsplan-wijzigen");
    }

    /** @throws ApiProblem 404; 400 for a date in the future; 412/428 */
    @Transactional
    public Ondersteuningsplan akkoord(UUID id, String ifMatch, String door, LocalDate datum, String vorm) {
        Ondersteuningsplan plan = teWijzigen(id, ifMatch);
        plan.akkoord(door, datum, vorm, vandaag(), clock.instant());
        plannen.flush();
        gebeurtenissen.planAkkoord(plan.gemeente(), plan.id());
        return vastgelegd(
                plan,
                "akkoord van " + door + " (" + vorm + ", " + datum + ")",
                false,
                voor(plan),
                "ondersteuningsplan-akkoord");
    }

    /** @throws ApiProblem 404; 400 for a coordinator of another team; 412/428 */
    @Transactional
    public Ondersteuningsplan wisselRegisseur(
            UUID id, String ifMatch, Ondersteuningsplan.Regisseur regisseur, String reden) {
        Ondersteuningsplan plan = teWijzigen(id, ifMatch);
        String vorige = plan.regisseur().medewerker();
        plan.regisseur(regisseur, clock.instant());
        plannen.flush();
        gebeurtenissen.planRegisseurGewisseld(plan.gemeente(), plan.id());
        return vastgelegd(
                plan,
                "regisseur " + vorige + " -> " + regisseur.medewerker() + ": " + reden,
                false,
                voor(plan),
                "ondersteuningsplan-regisseur");
    }

    /** The caller's team's plans; with {@code verlopen} those past an evaluation date not yet held. */
    @Transactional
    public PageResult<Ondersteuningsplan> vanTeam(boolean verlopen, PageRequest page) {
        PageResult<Ondersteuningsplan> pagina = plannen.vanTeam(aanroeper.zichtTeam(), verlopen, vandaag(), page);
        Set<UUID> gelezen = new java.util.HashSet<>();
        pagina.items().forEach(plan -> gelezen.addAll(voor(plan)));
        logboek.toegestaan("ondersteuningsplannen-lijst", gelezen);
        return pagina;
    }

    /** A cell of the goals reached: counts, suppressed where small or revealing. */
    public record Doelcijfer(
            String gemeente,
            String team,
            String leefgebied,
            Long doelen,
            Long bereikt,
            Double aandeel,
            boolean onderdrukt) {}

    /** Goals and goals reached per gemeente, team and leefgebied, of the caller's team or (reports) every team. */
    @Transactional
    public List<Doelcijfer> doelcijfers(String team) {
        return plannen.doelen(aanroeper.overzichtTeam(team)).stream()
                .map(telling -> {
                    Onderdrukking onderdrukking = new Onderdrukking(cijfers.kleinsteAantal());
                    Onderdrukking.Cel doelen = onderdrukking.cel(telling.doelen());
                    Onderdrukking.Cel bereikt = onderdrukking.cel(telling.bereikt());
                    onderdrukking.som(
                            doelen, List.of(bereikt, onderdrukking.verborgen(telling.doelen() - telling.bereikt())));
                    onderdrukking.pasToe();
                    boolean onderdrukt = doelen.onderdrukt() || bereikt.onderdrukt();
                    return new Doelcijfer(
                            telling.gemeente(),
                            telling.team(),
                            telling.leefgebied(),
                            doelen.getoond().orElse(null),
                            bereikt.getoond().orElse(null),
                            onderdrukt ? null : Onderdrukking.deel(telling.bereikt() * 100, telling.doelen()),
                            onderdrukt);
                })
                .toList();
    }

    /** @throws ApiProblem 404 */
    @Transactional
    public List<Planwijziging> geschiedenis(UUID id) {
        Ondersteuningsplan plan = vind(id, "ondersteuningsplan-lezen");
        logboek.toegestaan("ondersteuningsplan-lezen", voor(plan));
        return plannen.geschiedenis(plan.id());
    }

    private Ondersteuningsplan vastgelegd(
            Ondersteuningsplan plan, String wat, boolean naAkkoord, Set<UUID> voor, String actie) {
        plannen.legVast(
                new Planwijziging(plan.id(), plan.versie(), aanroeper.subject(), clock.instant(), wat, naAkkoord));
        logboek.toegestaan(actie, voor);
        return plan;
    }

    private Ondersteuningsplan teWijzigen(UUID id, String ifMatch) {
        long verwacht = ETags.expectedVersion(ifMatch);
        Ondersteuningsplan plan = vind(id, "ondersteuningsplan-wijzigen");
        ETags.requireCurrent(verwacht, plan.versie());
        return plan;
    }

    private Ondersteuningsplan vind(UUID id, String actie) {
        Ondersteuningsplan plan =
                plannen.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Ondersteuningsplan", id));
        if (!plan.team().equals(aanroeper.zichtTeam())) {
            logboek.geweigerd(actie, voor(plan), "plan van een ander team");
            throw ApiProblem.notFound("Ondersteuningsplan", id);
        }
        return plan;
    }

    /** The residents the plan is for now: the household's members, or the resident. */
    private Set<UUID> voor(Ondersteuningsplan plan) {
        return plan.huishoudenId() == null
                ? Set.of(plan.inwonerId())
                : huishoudens.leden(plan.huishoudenId()).orElse(Set.of());
    }

    /**
     * What the plan may refer to, after checking that {@code team} holds an open question there.
     *
     * @throws ApiProblem 404 when it holds none (the refusal logged)
     */
    private Ondersteuningsplan.Kader kader(
            Set<UUID> voor, String team, String actie, UUID huishoudenId, UUID inwonerId) {
        List<HulpvraagKern> vragen = hulpvragen
                .openVoorTeam(voor, team, actie)
                .orElseThrow(() -> huishoudenId != null
                        ? ApiProblem.notFound("Huishouden", huishoudenId)
                        : ApiProblem.notFound("Inwoner", inwonerId));
        Map<UUID, UUID> organisaties = new HashMap<>();
        verwijzingen
                .vanHulpvragen(vragen.stream().map(HulpvraagKern::id).toList())
                .forEach(verwijzing -> organisaties.put(verwijzing.id(), verwijzing.organisatieId()));
        return new Ondersteuningsplan.Kader(voor, organisaties);
    }

    private LocalDate vandaag() {
        return Werkdagen.vandaag(clock);
    }
}
