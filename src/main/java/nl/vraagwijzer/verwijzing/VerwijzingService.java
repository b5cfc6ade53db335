package nl.vraagwijzer.verwijzing;

import static nl.vraagwijzer.shared.security.Rollen.PARTNER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.vraagwijzer.shared.audit.Logboek;
import nl.vraagwijzer.shared.gemeente.Gemeentekeuze;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.paging.Cursor;
import nl.vraagwijzer.shared.paging.CursorPagina;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.persistence.Systeemtoegang;
import nl.vraagwijzer.shared.ports.DienstKandidaat;
import nl.vraagwijzer.shared.ports.Diensten;
import nl.vraagwijzer.shared.ports.Gebeurtenissen;
import nl.vraagwijzer.shared.ports.HulpvraagKern;
import nl.vraagwijzer.shared.ports.Hulpvragen;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;
import nl.vraagwijzer.shared.time.Werkdagen;

/**
 * Referrals to partners. Staff of the question's team refer and withdraw; the partner the
 * referral is addressed to moves it on. A partner never learns that another partner's referral
 * exists: any other id is a 404. Every change writes its event in the same transaction.
 */
@ApplicationScoped
public class VerwijzingService {

    private final VerwijzingRepository verwijzingen;
    private final Gebeurtenissen gebeurtenissen;
    private final ToestemmingService toestemmingen;
    private final Hulpvragen hulpvragen;
    private final Diensten diensten;
    private final Aanroeper aanroeper;
    private final Gemeentekeuze gemeentekeuze;
    private final Systeemtoegang systeemtoegang;
    private final Logboek logboek;
    private final Clock clock;

    public VerwijzingService(
            VerwijzingRepository verwijzingen,
            Gebeurtenissen gebeurtenissen,
            ToestemmingService toestemmingen,
            Hulpvragen hulpvragen,
            Diensten diensten,
            Aanroeper aanroeper,
            Gemeentekeuze gemeentekeuze,
            Systeemtoegang systeemtoegang,
            Logboek logboek,
            Clock clock) {
        this.verwijzingen = verwijzingen;
        this.gebeurtenissen = gebeurtenissen;
        this.toestemmingen = toestemmingen;
        this.hulpvragen = hulpvragen;
        this.diensten = diensten;
        this.aanroeper = aanroeper;
        this.gemeentekeuze = gemeentekeuze;
        this.systeemtoegang = systeemtoegang;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** What a caller may see of a referral: partners lose the shared data when consent ends. */
    public record Zicht(Verwijzing verwijzing, boolean gedeeldZichtbaar, LocalDate vandaag) {}

    /**
     * Sends a referral.
     *
     * @throws ApiProblem 400 unknown question or service, no valid consent or legal ground; 403 another
     *     team's question; 409 a closed question
     */
    @Transactional
    public Zicht verwijs(Verwijzing.Aanvraag aanvraag) {
        HulpvraagKern kern = hulpvragen
                .bekendBijAanroeper(aanvraag.hulpvraagId(), "verwijzing-versturen")
                .orElseThrow(() ->
                        ApiProblem.badRequest("hulpvraagId: hulpvraag " + aanvraag.hulpvraagId() + " bestaat niet."));
        if (!aanroeper.team().map(kern.team()::equals).orElse(false)) {
            logboek.geweigerd("verwijzing-versturen", Set.of(kern.inwonerId()), "niet van het eigen team");
            throw new ApiProblem(403, "Deze hulpvraag hoort bij een ander team dan dat in je token.");
        }
        if (kern.afgesloten()) {
            throw ApiProblem.conflict("Hulpvraag " + kern.id() + " is afgesloten; heropen hem eerst.");
        }
        DienstKandidaat dienst = diensten.dienst(aanvraag.dienstId())
                .orElseThrow(() -> ApiProblem.badRequest("dienstId: dienst " + aanvraag.dienstId() + " bestaat niet."));
        vereisGrondslag(aanvraag, kern, dienst);
        // what the professional wrote, placed: the question's gemeente, resident and team, the service's organisation
        Verwijzing.Aanvraag volledig = aanvraag.naar()
                .gemeente(kern.gemeente())
                .hulpvraagId(kern.id())
                .inwonerId(kern.inwonerId())
                .team(kern.team())
                .dienstId(dienst.id())
                .organisatieId(dienst.organisatieId())
                .build();
        LocalDate vandaag = toestemmingen.vandaag();
        Verwijzing verwijzing = new Verwijzing(
                volledig, Werkdagen.plusWerkdagen(vandaag, dienst.reactietermijnWerkdagen()), clock.instant());
        verwijzingen.persistAndFlush(verwijzing);
        gebeurtenissen.verwijzingVerzonden(
                verwijzing.organisatieId(), verwijzing.id(), verwijzing.status().code(), verwijzing.versie());
        logboek.toegestaan("verwijzing-versturen", Set.of(kern.inwonerId()));
        return zicht(verwijzing, vandaag);
    }

    @Transactional
    public Zicht lees(UUID id) {
        Verwijzing verwijzing = vind(id, "verwijzing-lezen");
        logboek.toegestaan("verwijzing-lezen", Set.of(verwijzing.inwonerId()));
        return zicht(verwijzing, toestemmingen.vandaag());
    }

    /**
     * A partner's own referrals from every gemeente (or the one in {@code gemeente}), or a team's in
     * the gemeente the caller acts for; nothing else.
     */
    @Transactional
    public PageResult<Zicht> zoek(String gemeente, String status, Boolean reactietermijnVerlopen, PageRequest page) {
        LocalDate vandaag = toestemmingen.vandaag();
        PageResult<Verwijzing> resultaat =
                verwijzingen.zoek(filter(gemeente, status, reactietermijnVerlopen, vandaag), page);
        Predicate<UUID> geldig = bekijk(resultaat.items(), vandaag);
        return resultaat.map(verwijzing -> zicht(verwijzing, vandaag, geldig));
    }

    /**
     * The same list walked with a cursor ({@code null}: from the first row), without a total, so that
     * a page costs the same however much work lies behind it. Returns the page and, when it is
     * full, the cursor of the next.
     *
     * @throws ApiProblem 400 for a cursor of another list
     */
    @Transactional
    public CursorPagina<Zicht> zoekNa(
            String gemeente, String status, Boolean reactietermijnVerlopen, Cursor cursor, int aantal) {
        if (cursor != null && !cursor.sleutel().equals(VerwijzingRepository.CURSOR_SLEUTEL)) {
            throw ApiProblem.badRequest(
                    "cursor: hoort niet bij deze lijst; gebruik de next-link van de vorige pagina.");
        }
        LocalDate vandaag = toestemmingen.vandaag();
        List<Verwijzing> pagina =
                verwijzingen.zoekNa(filter(gemeente, status, reactietermijnVerlopen, vandaag), cursor, aantal);
        Predicate<UUID> geldig = bekijk(pagina, vandaag);
        return CursorPagina.van(pagina, aantal, VerwijzingRepository::cursorNa)
                .map(verwijzing -> zicht(verwijzing, vandaag, geldig));
    }

    private VerwijzingRepository.Filter filter(
            String gemeente, String status, Boolean reactietermijnVerlopen, LocalDate vandaag) {
        return isPartner()
                ? new VerwijzingRepository.Filter(
                        gemeente, eigenOrganisatie(), null, status, reactietermijnVerlopen, vandaag)
                : new VerwijzingRepository.Filter(
                        gemeente == null ? gemeentekeuze.actief() : gemeente,
                        null,
                        aanroeper.zichtTeam(),
                        status,
                        reactietermijnVerlopen,
                        vandaag);
    }

    /**
     * Logs a page as seen and tells which of its consents are valid today: one access-log entry per
     * gemeente, in that gemeente's log (a partner's page spans several), and the consents of the
     * whole page in one query, not one per referral.
     */
    private Predicate<UUID> bekijk(List<Verwijzing> pagina, LocalDate vandaag) {
        pagina.stream()
                .collect(Collectors.groupingBy(Verwijzing::gemeente, TreeMap::new, Collectors.toList()))
                .forEach((inGemeente, items) -> logboek.toegestaanIn(
                        inGemeente,
                        "verwijzingen-zoeken",
                        items.stream().map(Verwijzing::inwonerId).distinct().toList(),
                        items.size() + " verwijzingen"));
        if (!isPartner()) {
            return id -> false;
        }
        Set<UUID> geldig = toestemmingen.geldige(
                pagina.stream()
                        .map(Verwijzing::toestemmingId)
                        .filter(Objects::nonNull)
                        .toList(),
                vandaag);
        return geldig::contains;
    }

    /** @throws ApiProblem 404, 428, 412; 409 listing what the caller may set; 400 missing details */
    @Transactional
    public Zicht wijzigStatus(
            UUID id, String ifMatch, VerwijzingStatus naar, String reden, LocalDate verwachteStart, String resultaat) {
        long expected = ETags.expectedVersion(ifMatch);
        Verwijzing verwijzing = vind(id, "verwijzing-status-wijzigen");
        ETags.requireCurrent(expected, verwijzing.versie());
        VerwijzingStatus.Partij partij =
                isPartner() ? VerwijzingStatus.Partij.PARTNER : VerwijzingStatus.Partij.GEMEENTE;
        String vorige = verwijzing.status().code();
        verwijzing.wijzigStatus(partij, naar, reden, verwachteStart, resultaat, clock.instant());
        verwijzingen.flush();
        gebeurtenissen.verwijzingStatusGewijzigd(
                verwijzing.organisatieId(), verwijzing.id(), vorige, naar.code(), verwijzing.versie());
        logboek.toegestaan("verwijzing-status-wijzigen", Set.of(verwijzing.inwonerId()));
        return zicht(verwijzing, toestemmingen.vandaag());
    }

    /** @throws ApiProblem 404, 403, 428, 412; 409 when the referral is not on a waiting list */
    @Transactional
    public Zicht overbrug(UUID id, String ifMatch, String omschrijving) {
        long expected = ETags.expectedVersion(ifMatch);
        Verwijzing verwijzing = vind(id, "verwijzing-overbrugging");
        ETags.requireCurrent(expected, verwijzing.versie());
        verwijzing.overbrug(omschrijving, clock.instant());
        verwijzingen.flush();
        gebeurtenissen.overbruggingVastgelegd(
                verwijzing.organisatieId(), verwijzing.id(), verwijzing.status().code(), verwijzing.versie());
        logboek.toegestaan("verwijzing-overbrugging", Set.of(verwijzing.inwonerId()));
        return zicht(verwijzing, toestemmingen.vandaag());
    }

    private void vereisGrondslag(Verwijzing.Aanvraag aanvraag, HulpvraagKern kern, DienstKandidaat dienst) {
        if (aanvraag.toestemmingId() != null) {
            // a consent of another gemeente (or none at all) is as unknown as a made-up id
            Toestemming toestemming = toestemmingen
                    .bekend(aanvraag.toestemmingId())
                    .orElseThrow(() -> ApiProblem.badRequest(
                            "toestemmingId: toestemming " + aanvraag.toestemmingId() + " bestaat niet."));
            String waarom = !toestemming.inwonerId().equals(kern.inwonerId())
                    ? "is van een andere inwoner"
                    : !toestemming.organisatieId().equals(dienst.organisatieId())
                            ? "geldt niet voor de organisatie van deze dienst"
                            : !toestemming.geldigOp(toestemmingen.vandaag()) ? "is ingetrokken of verlopen" : null;
            if (waarom != null) {
                throw ApiProblem.badRequest("toestemmingId: toestemming " + toestemming.id() + " " + waarom + ".");
            }
        } else if (aanvraag.wettelijkeGrondslag() != null) {
            if (aanvraag.rechtvaardiging() == null || aanvraag.rechtvaardiging().isBlank()) {
                throw ApiProblem.badRequest("rechtvaardiging: is verplicht bij een wettelijke grondslag.");
            }
        } else {
            throw ApiProblem.badRequest("toestemmingId: een verwijzing vraagt toestemming van de inwoner, of een"
                    + " wettelijkeGrondslag met rechtvaardiging.");
        }
    }

    /** A partner sees only referrals to its own organisation; anything else does not exist for it. */
    private Verwijzing vind(UUID id, String actie) {
        Verwijzing verwijzing =
                verwijzingen.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Verwijzing", id));
        if (isPartner()) {
            if (!verwijzing.organisatieId().equals(eigenOrganisatie())) {
                throw ApiProblem.notFound("Verwijzing", id);
            }
            // what the partner's request writes (event, log entry) belongs to the referring gemeente
            systeemtoegang.namens(verwijzing.gemeente());
        } else if (!aanroeper.team().map(verwijzing.team()::equals).orElse(false)) {
            logboek.geweigerd(actie, Set.of(verwijzing.inwonerId()), "niet van het eigen team");
            throw new ApiProblem(403, "Deze verwijzing hoort bij een ander team dan dat in je token.");
        }
        return verwijzing;
    }

    private Zicht zicht(Verwijzing verwijzing, LocalDate vandaag) {
        return zicht(verwijzing, vandaag, toestemming -> toestemmingen
                .vind(toestemming)
                .geldigOp(vandaag));
    }

    /** What the caller sees: a partner the shared data only under a legal ground or valid consent. */
    private Zicht zicht(Verwijzing verwijzing, LocalDate vandaag, Predicate<UUID> geldigeToestemming) {
        boolean zichtbaar = !isPartner()
                || verwijzing.wettelijkeGrondslag() != null
                || (verwijzing.toestemmingId() != null && geldigeToestemming.test(verwijzing.toestemmingId()));
        return new Zicht(verwijzing, zichtbaar, vandaag);
    }

    private boolean isPartner() {
        return aanroeper.heeftRol(PARTNER);
    }

    private UUID eigenOrganisatie() {
        // a partner token without organisation is told so (403), rather than shown nothing or everything
        return aanroeper.vereisOrganisatie();
    }
}
