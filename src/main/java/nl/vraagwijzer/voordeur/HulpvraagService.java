package nl.vraagwijzer.voordeur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.vraagwijzer.shared.audit.Logboek;
import nl.vraagwijzer.shared.gemeente.Gemeentekeuze;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.http.Snelheidsbegrenzer;
import nl.vraagwijzer.shared.paging.Cursor;
import nl.vraagwijzer.shared.paging.CursorPagina;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.ports.Gebeurtenissen;
import nl.vraagwijzer.shared.ports.TijdlijnBijdrage;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.time.Werkdagen;

/**
 * Questions: registered at the desk, worked on by the professionals of a team, followed by team
 * leads and scripts. Every access to a question reads a resident's personal data and is logged.
 */
@ApplicationScoped
public class HulpvraagService {

    private final HulpvraagRepository hulpvragen;
    private final ContactmomentRepository contactmomenten;
    private final StatuswijzigingRepository statuswijzigingen;
    private final InwonerRepository inwoners;
    private final InwonerService inwonerService;
    private final Toegang toegang;
    private final Logboek logboek;
    private final Clock clock;
    private final Gemeentekeuze gemeentekeuze;
    private final Instance<TijdlijnBijdrage> bijdragen;
    private final Snelheidsbegrenzer begrenzer;
    private final VoordeurConfig config;
    private final Gebeurtenissen gebeurtenissen;

    public HulpvraagService(
            HulpvraagRepository hulpvragen,
            ContactmomentRepository contactmomenten,
            StatuswijzigingRepository statuswijzigingen,
            InwonerRepository inwoners,
            InwonerService inwonerService,
            Toegang toegang,
            Logboek logboek,
            Clock clock,
            @Any Instance<TijdlijnBijdrage> bijdragen,
            Snelheidsbegrenzer begrenzer,
            VoordeurConfig config,
            Gemeentekeuze gemeentekeuze,
            Gebeurtenissen gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.bijdragen = bijdragen;
        this.begrenzer = begrenzer;
        this.config = config;
        this.hulpvragen = hulpvragen;
        this.contactmomenten = contactmomenten;
        this.statuswijzigingen = statuswijzigingen;
        this.inwoners = inwoners;
        this.inwonerService = inwonerService;
        this.toegang = toegang;
        this.logboek = logboek;
        this.clock = clock;
        this.gemeentekeuze = gemeentekeuze;
    }

    /**
     * Registers a question, and its event for the gemeente's own systems in the same transaction.
     *
     * @throws ApiProblem 400 when the resident does not exist
     */
    @Transactional
    public Hulpvraag registreer(UUID inwonerId, String kanaal, HulpvraagGegevens gegevens) {
        Inwoner inwoner = inwoners.findByIdOptional(inwonerId)
                .orElseThrow(() -> ApiProblem.badRequest("inwonerId: inwoner " + inwonerId + " bestaat niet."));
        Instant nu = clock.instant();
        Hulpvraag hulpvraag = Hulpvraag.nieuw(inwoner, kanaal, gegevens, nu);
        hulpvragen.persistAndFlush(hulpvraag);
        statuswijzigingen.persist(new Statuswijziging(
                hulpvraag.id(), null, HulpvraagStatus.NIEUW.code(), "geregistreerd", toegang.medewerker(), nu));
        gebeurtenissen.hulpvraagGeregistreerd(hulpvraag.id());
        logboek.toegestaan("hulpvraag-registreren", Set.of(inwonerId));
        return hulpvraag;
    }

    /**
     * @param doorbraakReden a reason to read a confidential question of another team (break-glass)
     * @throws ApiProblem 404 unknown or confidential, 403 another team's question
     */
    @Transactional
    public Hulpvraag lees(UUID id, String doorbraakReden) {
        Hulpvraag hulpvraag = hulpvragen.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Hulpvraag", id));
        if (!toegang.magZien(hulpvraag) && hulpvraag.gegevens().vertrouwelijk() && doorbraakReden != null) {
            toegang.doorbraak(hulpvraag, doorbraakReden);
            return hulpvraag;
        }
        vind(id, "hulpvraag-lezen");
        logboek.toegestaan("hulpvraag-lezen", Set.of(hulpvraag.inwonerId()));
        return hulpvraag;
    }

    /** @throws ApiProblem 404, 403, 428 or 412 */
    @Transactional
    public Hulpvraag wijzig(UUID id, String ifMatch, HulpvraagGegevens gegevens) {
        long expected = ETags.expectedVersion(ifMatch);
        Hulpvraag hulpvraag = vind(id, "hulpvraag-wijzigen");
        ETags.requireCurrent(expected, hulpvraag.versie());
        hulpvraag.wijzig(gegevens, clock.instant());
        hulpvragen.flush();
        logboek.toegestaan("hulpvraag-wijzigen", Set.of(hulpvraag.inwonerId()));
        return hulpvraag;
    }

    /** @throws ApiProblem 404, 403, 428, 412; 409 listing the allowed statuses; 400 missing reason */
    @Transactional
    public Hulpvraag wijzigStatus(UUID id, String ifMatch, HulpvraagStatus naar, String reden, String afsluitreden) {
        long expected = ETags.expectedVersion(ifMatch);
        Hulpvraag hulpvraag = vind(id, "hulpvraag-status-wijzigen");
        ETags.requireCurrent(expected, hulpvraag.versie());
        Statuswijziging wijziging =
                hulpvraag.wijzigStatus(naar, reden, afsluitreden, toegang.medewerker(), clock.instant());
        statuswijzigingen.persist(wijziging);
        gebeurtenissen.hulpvraagStatusGewijzigd(hulpvraag.id(), wijziging.van(), wijziging.naar());
        hulpvragen.flush();
        logboek.toegestaan("hulpvraag-status-wijzigen", Set.of(hulpvraag.inwonerId()));
        return hulpvraag;
    }

    @Transactional
    public List<Contactmoment> contactmomenten(UUID hulpvraagId) {
        Hulpvraag hulpvraag = vind(hulpvraagId, "contactmomenten-lezen");
        logboek.toegestaan("contactmomenten-lezen", Set.of(hulpvraag.inwonerId()));
        return contactmomenten.vanHulpvragen(Set.of(hulpvraagId));
    }

    /** @throws ApiProblem 400 for a date in the future */
    @Transactional
    public Contactmoment legContactmomentVast(UUID hulpvraagId, LocalDate datum, String kanaal, String verslag) {
        Hulpvraag hulpvraag = vind(hulpvraagId, "contactmoment-vastleggen");
        if (datum.isAfter(vandaag())) {
            throw ApiProblem.badRequest("datum: ligt in de toekomst.");
        }
        Contactmoment contactmoment =
                new Contactmoment(hulpvraagId, datum, kanaal, toegang.medewerker(), verslag, clock.instant());
        contactmomenten.persist(contactmoment);
        logboek.toegestaan("contactmoment-vastleggen", Set.of(hulpvraag.inwonerId()));
        return contactmoment;
    }

    /** One numbered page; professionals and team leads see only their team. */
    @Transactional
    public PageResult<Hulpvraag> zoek(HulpvraagZoekopdracht zoekopdracht, PageRequest page) {
        PageResult<Hulpvraag> resultaat =
                hulpvragen.zoek(gemeentekeuze.actief(), beperk(zoekopdracht), vandaag(), page);
        logLijst(resultaat.items());
        return resultaat;
    }

    /** The page after a cursor; with {@code null}, the first page. */
    @Transactional
    public CursorPagina<Hulpvraag> zoekNa(HulpvraagZoekopdracht zoekopdracht, Cursor cursor, int aantal) {
        if (cursor != null && !cursor.sleutel().equals(zoekopdracht.sortering().code())) {
            throw ApiProblem.badRequest("cursor: hoort bij sorteer=" + cursor.sleutel() + ", niet bij sorteer="
                    + zoekopdracht.sortering().code() + ".");
        }
        List<Hulpvraag> pagina =
                hulpvragen.zoekNa(gemeentekeuze.actief(), beperk(zoekopdracht), vandaag(), cursor, aantal);
        logLijst(pagina);
        return CursorPagina.van(pagina, aantal, laatste -> cursorNa(zoekopdracht, laatste));
    }

    /** The cursor that continues after {@code laatste}. */
    private static Cursor cursorNa(HulpvraagZoekopdracht zoekopdracht, Hulpvraag laatste) {
        return new Cursor(
                zoekopdracht.sortering().code(), zoekopdracht.sortering().waarde(laatste), laatste.id());
    }

    /** @throws ApiProblem 429 when the caller exported too often this minute */
    public void vereisExportRuimte() {
        begrenzer.vereis("exporteren", toegang.medewerker(), config.limieten().exportsPerMinuut());
    }

    /**
     * Streams every matching question to {@code verwerker} in one read-only transaction. The
     * export is logged with its filters: listing millions of resident ids would make the log
     * entry larger than the export (ADR 0007).
     */
    @Transactional
    public void exporteer(HulpvraagZoekopdracht zoekopdracht, Consumer<Hulpvraag> verwerker) {
        HulpvraagZoekopdracht beperkt = beperk(zoekopdracht);
        logboek.toegestaan("hulpvragen-exporteren", Set.of(), beperkt.beschrijving());
        hulpvragen.stroom(gemeentekeuze.actief(), beperkt, vandaag(), verwerker);
    }

    /** Everything about a resident, newest first; staff of a team see what belongs to their team. */
    @Transactional
    public List<TijdlijnItem> tijdlijn(UUID inwonerId) {
        inwonerService.vind(inwonerId, "tijdlijn-lezen");
        List<Hulpvraag> vragen = hulpvragen.vanInwoner(inwonerId).stream()
                .filter(toegang::magZien)
                .toList();
        List<UUID> ids = vragen.stream().map(Hulpvraag::id).toList();
        List<TijdlijnItem> items = new ArrayList<>();
        vragen.forEach(vraag -> items.add(TijdlijnItem.van(vraag)));
        contactmomenten.vanHulpvragen(ids).forEach(contact -> items.add(TijdlijnItem.van(contact)));
        statuswijzigingen.vanHulpvragen(ids).stream()
                .filter(wijziging -> wijziging.van() != null)
                .forEach(wijziging -> items.add(TijdlijnItem.van(wijziging)));
        bijdragen.forEach(bijdrage -> bijdrage.gebeurtenissen(ids)
                .forEach(gebeurtenis -> items.add(new TijdlijnItem(
                        gebeurtenis.soort(),
                        gebeurtenis.id(),
                        gebeurtenis.hulpvraagId(),
                        gebeurtenis.tijdstip(),
                        gebeurtenis.samenvatting()))));
        items.sort(Comparator.comparing(TijdlijnItem::tijdstip).reversed().thenComparing(TijdlijnItem::id));
        logboek.toegestaan("tijdlijn-lezen", Set.of(inwonerId));
        return items;
    }

    public LocalDate vandaag() {
        return Werkdagen.vandaag(clock);
    }

    private Hulpvraag vind(UUID id, String actie) {
        Hulpvraag hulpvraag = hulpvragen.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Hulpvraag", id));
        if (hulpvraag.gegevens().vertrouwelijk() && !toegang.magZien(hulpvraag)) {
            // confidential questions do not exist outside their team
            toegang.weigerStil(actie, Set.of(hulpvraag.inwonerId()));
            throw ApiProblem.notFound("Hulpvraag", id);
        }
        if (!toegang.magTeam(hulpvraag.team())) {
            toegang.weiger(actie, Set.of(hulpvraag.inwonerId()));
        }
        return hulpvraag;
    }

    private HulpvraagZoekopdracht beperk(HulpvraagZoekopdracht zoekopdracht) {
        return zoekopdracht.beperktTot(toegang.teamBeperking(), toegang.vertrouwelijkFilter());
    }

    private void logLijst(List<Hulpvraag> gevonden) {
        logboek.toegestaan(
                "hulpvragen-zoeken",
                gevonden.stream().map(Hulpvraag::inwonerId).distinct().toList(),
                gevonden.size() + " hulpvragen");
    }
}
