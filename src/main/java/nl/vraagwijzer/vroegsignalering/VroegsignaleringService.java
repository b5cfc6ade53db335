package nl.vraagwijzer.vroegsignalering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.vraagwijzer.shared.audit.Logboek;
import nl.vraagwijzer.shared.gemeente.Gemeenteindeling;
import nl.vraagwijzer.shared.gemeente.Gemeentekeuze;
import nl.vraagwijzer.shared.paging.Cursor;
import nl.vraagwijzer.shared.paging.CursorPagina;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.ports.Aanmelden;
import nl.vraagwijzer.shared.ports.Gebeurtenissen;
import nl.vraagwijzer.shared.ports.Vroegsignalen;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;
import nl.vraagwijzer.shared.time.Werkdagen;

/**
 * The outreach on early signals: signals matched into cases per resident, the team's contact
 * attempts and end results. A case is the intake team's; another team's does not exist for the
 * caller (404). Every read of a case reads a resident's data and is logged.
 */
@ApplicationScoped
public class VroegsignaleringService implements Vroegsignalen {

    private final VroegsignaalzaakRepository zaken;
    private final Aanmelden intake;
    private final Aanroeper aanroeper;
    private final Gebeurtenissen gebeurtenissen;
    private final Gemeentekeuze gemeentekeuze;
    private final Logboek logboek;
    private final Gemeenteindeling indeling;
    private final VroegsignaleringConfig config;
    private final Clock clock;

    public VroegsignaleringService(
            VroegsignaalzaakRepository zaken,
            Aanmelden intake,
            Aanroeper aanroeper,
            Gebeurtenissen gebeurtenissen,
            Gemeentekeuze gemeentekeuze,
            Logboek logboek,
            Gemeenteindeling indeling,
            VroegsignaleringConfig config,
            Clock clock) {
        this.zaken = zaken;
        this.intake = intake;
        this.aanroeper = aanroeper;
        this.gebeurtenissen = gebeurtenissen;
        this.gemeentekeuze = gemeentekeuze;
        this.logboek = logboek;
        this.indeling = indeling;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @throws ApiProblem 400 for an unknown signaalpartner type, a date in the future, or arrears that
     *     start after the signal (the amount's bounds are the contract's, checked at the boundary)
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID ontvang(String gemeente, UUID organisatie, Aanmelden.Inwonergegevens inwoner, Signaal signaal) {
        LocalDate vandaag = Werkdagen.vandaag(clock);
        Vroegsignaal.Melding melding = melding(signaal, vandaag);
        UUID inwonerId = intake.inwoner(gemeente, inwoner);
        Vroegsignaalzaak zaak = zaken.openVoor(inwonerId, melding.signaaldatum())
                .orElseGet(() -> {
                    Vroegsignaalzaak nieuw = new Vroegsignaalzaak(
                            inwonerId,
                            intake.intakeTeam(gemeente),
                            wijk(inwoner),
                            melding.signaaldatum(),
                            vandaag,
                            config.regels(gemeente),
                            clock.instant());
                    intake.openSchuldhulpvraag(inwonerId).ifPresent(nieuw::hulpvraag);
                    zaken.persist(nieuw);
                    return nieuw;
                });
        Vroegsignaal ontvangen = zaak.ontvang(organisatie, melding, vandaag, clock.instant());
        zaken.flush();
        logboek.toegestaan("vroegsignaal-ontvangen", Set.of(inwonerId));
        return ontvangen.id();
    }

    /** The resident's wijk, from the postcode the partner gave. */
    private String wijk(Aanmelden.Inwonergegevens inwoner) {
        return inwoner.adres() == null
                ? null
                : indeling.plaats(inwoner.adres().postcode())
                        .flatMap(Gemeenteindeling.Plaats::wijk)
                        .orElse(null);
    }

    private static Vroegsignaal.Melding melding(Signaal signaal, LocalDate vandaag) {
        Ggm.Signaalpartner type = Ggm.Signaalpartner.van(signaal.signaalpartner())
                .orElseThrow(() -> ApiProblem.badRequest(
                        "soort: '" + signaal.signaalpartner() + "' is geen soort signaalpartner van het GGM."));
        LocalDate signaaldatum = signaal.signaaldatum() == null ? vandaag : signaal.signaaldatum();
        if (signaaldatum.isAfter(vandaag)) {
            throw ApiProblem.badRequest("signaaldatum: " + signaaldatum + " ligt in de toekomst.");
        }
        if (signaal.ontstaansdatum().isAfter(signaaldatum)) {
            throw ApiProblem.badRequest("sinds: de achterstand (" + signaal.ontstaansdatum()
                    + ") ontstaat na de signaaldatum (" + signaaldatum + ").");
        }
        return new Vroegsignaal.Melding(
                type,
                signaal.bedrag(),
                signaal.ontstaansdatum(),
                signaaldatum,
                signaal.crisissignaal(),
                signaal.warmeOverdracht());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Partnerzicht> voorPartner(UUID id, UUID organisatie) {
        return Optional.ofNullable(zaken.getEntityManager().find(Vroegsignaal.class, id))
                .filter(signaal -> signaal.organisatieId().equals(organisatie))
                .map(signaal -> new Partnerzicht(
                        signaal.id(),
                        signaal.ontvangenOp(),
                        zaken.findById(signaal.zaakId()).statusVoorPartner(signaal)));
    }

    /** What the work list asks for; each part null for any. */
    public record Werklijstvraag(String team, String wijk, String soort, Boolean termijnVerlopen) {}

    /**
     * The caller's team's open cases to approach, crisis first, then by term; filtered by wijk,
     * signaalpartner type ({@code soort}) and term, each when given.
     *
     * @throws ApiProblem 403 for another team than the caller's own
     */
    @Transactional
    public PageResult<Vroegsignaalzaak> werklijst(Werklijstvraag vraag, PageRequest page) {
        PageResult<Vroegsignaalzaak> pagina =
                zaken.werklijst(aanroeper.overzichtTeam(vraag.team()), filter(vraag), page);
        pagina.items().forEach(Vroegsignaalzaak::geladen);
        logboek.toegestaan(
                "vroegsignaalzaken-lijst",
                pagina.items().stream().map(Vroegsignaalzaak::inwonerId).collect(Collectors.toSet()));
        return pagina;
    }

    /**
     * The page of the work list after {@code cursor} (the first for null), without counting.
     *
     * @throws ApiProblem 403 for another team than the caller's own; 400 for a cursor of another list
     */
    @Transactional
    public CursorPagina<Vroegsignaalzaak> werklijstNa(Werklijstvraag vraag, Cursor cursor, int aantal) {
        List<Vroegsignaalzaak> pagina =
                zaken.werklijstNa(aanroeper.overzichtTeam(vraag.team()), filter(vraag), plek(cursor), aantal);
        pagina.forEach(Vroegsignaalzaak::geladen);
        logboek.toegestaan(
                "vroegsignaalzaken-lijst",
                pagina.stream().map(Vroegsignaalzaak::inwonerId).collect(Collectors.toSet()));
        return CursorPagina.van(pagina, aantal, laatste -> cursor(VroegsignaalzaakRepository.Plek.van(laatste)));
    }

    /** The sort key of a work-list cursor: its value is the crisis flag and the term, {@code 1:2026-12-09}. */
    private static final String WERKLIJST = "werklijst";

    private static Cursor cursor(VroegsignaalzaakRepository.Plek plek) {
        return new Cursor(WERKLIJST, (plek.crisis() ? "1:" : "0:") + plek.termijn(), plek.id());
    }

    private static VroegsignaalzaakRepository.Plek plek(Cursor cursor) {
        if (cursor == null) {
            return null;
        }
        if (!WERKLIJST.equals(cursor.sleutel())) {
            throw ApiProblem.badRequest(
                    "cursor: hoort niet bij de werklijst; gebruik de next-link van de vorige pagina.");
        }
        boolean crisis = cursor.waarde(waarde -> switch (waarde.substring(0, 2)) {
            case "1:" -> true;
            case "0:" -> false;
            default -> throw new IllegalArgumentException(waarde);
        });
        return new VroegsignaalzaakRepository.Plek(
                crisis, cursor.waarde(waarde -> LocalDate.parse(waarde.substring(2))), cursor.id());
    }

    /**
     * Streams the work list to {@code verwerker}, every case with its signals and attempts, in one
     * transaction: of the caller's team, or for {@code rapportage} of {@code team} or every team.
     * Each batch of cases is logged with its residents.
     *
     * @throws ApiProblem 403 for a professional or team lead naming another team
     */
    @Transactional
    public void exporteer(Werklijstvraag vraag, Consumer<Vroegsignaalzaak> verwerker) {
        String team = aanroeper.overzichtTeam(vraag.team());
        VroegsignaalzaakRepository.Filter filter = filter(vraag);
        VroegsignaalzaakRepository.Plek na = null;
        while (true) {
            // block by block along the list's keyset: nothing counted, every block as cheap as the first
            List<Vroegsignaalzaak> deel = zaken.werklijstNa(team, filter, na, EXPORTBLOK);
            deel.forEach(zaak -> verwerker.accept(zaak.geladen()));
            logboek.toegestaan(
                    "vroegsignaalzaken-exporteren",
                    deel.stream().map(Vroegsignaalzaak::inwonerId).collect(Collectors.toSet()));
            if (deel.size() < EXPORTBLOK) {
                return;
            }
            na = VroegsignaalzaakRepository.Plek.van(deel.get(deel.size() - 1));
            zaken.getEntityManager().clear();
        }
    }

    private static final int EXPORTBLOK = 100;

    private VroegsignaalzaakRepository.Filter filter(Werklijstvraag vraag) {
        String type = vraag.soort() == null
                ? null
                : Ggm.Signaalpartner.van(vraag.soort())
                        .orElseThrow(() ->
                                ApiProblem.badRequest("soort: '" + vraag.soort() + "' is geen soort signaalpartner."))
                        .code();
        return new VroegsignaalzaakRepository.Filter(
                vraag.wijk(), type, vraag.termijnVerlopen(), Werkdagen.vandaag(clock));
    }

    /** Today, in Dutch time. */
    public LocalDate vandaag() {
        return Werkdagen.vandaag(clock);
    }

    /** The attempt advised next, if any. */
    public Optional<Vroegsignaalzaak.VolgendePoging> volgendePoging(Vroegsignaalzaak zaak) {
        return zaak.volgendePoging(config.pogingenZonderContact(), Werkdagen.vandaag(clock));
    }

    /** @throws ApiProblem 404 for an unknown case or another team's */
    @Transactional
    public Vroegsignaalzaak lees(UUID id) {
        Vroegsignaalzaak zaak = vind(id);
        logboek.toegestaan("vroegsignaalzaak-lezen", Set.of(zaak.inwonerId()));
        return zaak;
    }

    /**
     * Records a contact attempt; its dagdeel follows from {@code tijd} when given.
     *
     * @throws ApiProblem 404, 409 for a closed case, 400 for a date in the future or before the first
     *     signal, or a dagdeel that contradicts the time
     */
    @Transactional
    public Vroegsignaalzaak probeer(
            UUID id, String soort, LocalDate datum, LocalTime tijd, String dagdeel, Boolean bereikt) {
        Vroegsignaalzaak zaak = vind(id);
        Ggm.Contactsoort contactsoort = Ggm.van(Ggm.Contactsoort.class, soort)
                .orElseThrow(() -> ApiProblem.badRequest("soort: '" + soort + "' is geen contactsoort van het GGM."));
        Ggm.Dagdeel genoemd = dagdeel == null
                ? null
                : Ggm.van(Ggm.Dagdeel.class, dagdeel)
                        .orElseThrow(() -> ApiProblem.badRequest("dagdeel: '" + dagdeel + "' is geen dagdeel."));
        Ggm.Dagdeel afgeleid = tijd == null ? genoemd : Ggm.Dagdeel.van(tijd);
        if (genoemd != null && afgeleid != genoemd) {
            throw ApiProblem.badRequest(
                    "dagdeel: " + dagdeel + " past niet bij tijd " + tijd + " (" + afgeleid.code() + ").");
        }
        Map<Vroegsignaal, String> voor = zaak.statussenVoorPartners();
        zaak.probeer(
                contactsoort, datum, afgeleid, bereikt, aanroeper.subject(), Werkdagen.vandaag(clock), clock.instant());
        meldStatuswijzigingen(zaak, voor);
        zaken.flush();
        logboek.toegestaan("contactpoging-vastleggen", Set.of(zaak.inwonerId()));
        return zaak;
    }

    /**
     * Closes the case. When help was accepted it goes on as a question under the debt-help act (the
     * open one it joined, or a new one for the intake team), linked both ways.
     *
     * @throws ApiProblem 404; 409 for a closed case or one whose last attempt's outcome is open
     */
    @Transactional
    public Vroegsignaalzaak sluit(UUID id, String eindresultaat) {
        Vroegsignaalzaak zaak = vind(id);
        Ggm.Eindresultaat resultaat = Ggm.van(Ggm.Eindresultaat.class, eindresultaat)
                .orElseThrow(() -> ApiProblem.badRequest(
                        "eindresultaat: '" + eindresultaat + "' is geen eindresultaat van het GGM."));
        Map<Vroegsignaal, String> voor = zaak.statussenVoorPartners();
        zaak.sluit(resultaat, clock.instant());
        meldStatuswijzigingen(zaak, voor);
        if (resultaat.hulpAanvaard() && zaak.hulpvraagId() == null) {
            zaak.hulpvraag(intake.meldAan(
                    gemeentekeuze.actief(),
                    zaak.inwonerId(),
                    "Hulp aanvaard na vroegsignalering (" + resultaat.ggm() + ").",
                    List.of("financien"),
                    "schuldhulp"));
        }
        zaken.flush();
        logboek.toegestaan("vroegsignaalzaak-afsluiten", Set.of(zaak.inwonerId()));
        return zaak;
    }

    /** Tells each signaalpartner whose signal, as it sees it, changed status since {@code voor}. */
    private void meldStatuswijzigingen(Vroegsignaalzaak zaak, Map<Vroegsignaal, String> voor) {
        zaak.statussenVoorPartners().forEach((signaal, status) -> {
            String vorige = voor.get(signaal);
            if (vorige != null && !vorige.equals(status)) {
                gebeurtenissen.signaalStatusGewijzigd(signaal.organisatieId(), signaal.id(), vorige, status);
            }
        });
    }

    /** The end result proposed for the case, if any. */
    public Optional<String> voorstel(Vroegsignaalzaak zaak) {
        return zaak.voorstel(config.pogingenZonderContact()).map(Ggm.Eindresultaat::code);
    }

    private Vroegsignaalzaak vind(UUID id) {
        return zaken.findByIdOptional(id)
                .filter(zaak -> zaak.team().equals(aanroeper.zichtTeam()))
                .map(Vroegsignaalzaak::geladen)
                .orElseThrow(() -> ApiProblem.notFound("Vroegsignaalzaak", id));
    }
}
