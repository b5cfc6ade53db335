package nl.vraagwijzer.voordeur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.api.model.HulpvraagDto;
import nl.vraagwijzer.api.model.InzageverzoekDto;
import nl.vraagwijzer.shared.audit.Logboek;
import nl.vraagwijzer.shared.audit.LogboekDtos;
import nl.vraagwijzer.shared.gemeente.Gemeenteindeling;
import nl.vraagwijzer.shared.gemeente.Gemeentekeuze;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.http.Snelheidsbegrenzer;
import nl.vraagwijzer.shared.ports.InzageBijdrage;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.time.Werkdagen;

/** Residents: registered by the desk, read by whoever works on their questions. Every access is logged. */
@ApplicationScoped
public class InwonerService {

    private final InwonerRepository inwoners;
    private final HulpvraagRepository hulpvragen;
    private final Gemeenteindeling wijken;
    private final Gemeentekeuze gemeentekeuze;
    private final Toegang toegang;
    private final Logboek logboek;
    private final Clock clock;
    private final Snelheidsbegrenzer begrenzer;
    private final VoordeurConfig config;
    private final ContactmomentRepository contactmomenten;
    private final Instance<InzageBijdrage> bijdragen;
    private final InwonerBestaan bestaan;

    public InwonerService(
            InwonerRepository inwoners,
            HulpvraagRepository hulpvragen,
            Gemeenteindeling wijken,
            Gemeentekeuze gemeentekeuze,
            Toegang toegang,
            Logboek logboek,
            Clock clock,
            Snelheidsbegrenzer begrenzer,
            VoordeurConfig config,
            ContactmomentRepository contactmomenten,
            @Any Instance<InzageBijdrage> bijdragen,
            InwonerBestaan bestaan) {
        this.bestaan = bestaan;
        this.contactmomenten = contactmomenten;
        this.bijdragen = bijdragen;
        this.begrenzer = begrenzer;
        this.config = config;
        this.inwoners = inwoners;
        this.hulpvragen = hulpvragen;
        this.wijken = wijken;
        this.gemeentekeuze = gemeentekeuze;
        this.toegang = toegang;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** @throws ApiProblem 400 invalid BSN or birth date, 409 (with Location) when the BSN is known */
    @Transactional
    public Inwoner registreer(InwonerGegevens gegevens) {
        return registreer(gemeentekeuze.actief(), gegevens);
    }

    /** Registers a resident of {@code gemeente} (a partner's push names it); as {@link #registreer(InwonerGegevens)}. */
    @Transactional
    public Inwoner registreer(String gemeente, InwonerGegevens gegevens) {
        valideer(gemeente, gegevens, null);
        Inwoner inwoner = Inwoner.nieuw(gemeente, gegevens, wijk(gemeente, gegevens), clock.instant());
        inwoners.persistAndFlush(inwoner);
        logboek.toegestaan("inwoner-registreren", Set.of(inwoner.id()));
        return inwoner;
    }

    /** @throws ApiProblem 404 unknown; 403 for staff of a team without a question of this resident */
    @Transactional
    public Inwoner lees(UUID id) {
        Inwoner inwoner = vind(id, "inwoner-lezen");
        logboek.toegestaan("inwoner-lezen", Set.of(id));
        return inwoner;
    }

    /** @throws ApiProblem 404, 428, 412, 400 or 409 as for registration */
    @Transactional
    public Inwoner wijzig(UUID id, String ifMatch, InwonerGegevens gegevens) {
        long expected = ETags.expectedVersion(ifMatch);
        Inwoner inwoner = vind(id, "inwoner-wijzigen");
        ETags.requireCurrent(expected, inwoner.versie());
        valideer(inwoner.gemeente(), gegevens, id);
        inwoner.wijzig(gegevens, wijk(inwoner.gemeente(), gegevens), clock.instant());
        inwoners.flush();
        logboek.toegestaan("inwoner-wijzigen", Set.of(id));
        return inwoner;
    }

    /** The resident with this BSN, if any. The search is logged whatever it finds. */
    @Transactional
    public List<Inwoner> zoekOpBsn(String bsn) {
        begrenzer.vereis(
                "zoeken op BSN", toegang.medewerker(), config.limieten().bsnZoekenPerMinuut());
        vereisGeldigBsn(bsn);
        List<Inwoner> gevonden =
                inwoners.metBsn(gemeentekeuze.actief(), bsn).stream().toList();
        logboek.toegestaan(
                "inwoner-zoeken",
                gevonden.stream().map(Inwoner::id).toList(),
                "op BSN, " + gevonden.size() + " gevonden");
        return gevonden;
    }

    /**
     * Everything held on a resident, for the privacy officer answering an access request (AVG
     * art. 15): this feature's data and every other feature's contribution.
     */
    @Transactional
    public InzageverzoekDto inzage(UUID id, java.util.function.Function<Hulpvraag, HulpvraagDto> alsDto) {
        Inwoner inwoner = inwoners.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Inwoner", id));
        List<Hulpvraag> vragen = hulpvragen.vanInwoner(id);
        InzageverzoekDto overzicht = new InzageverzoekDto()
                .inwoner(VoordeurMapper.dto(inwoner))
                .hulpvragen(vragen.stream().map(alsDto).toList())
                .contactmomenten(contactmomenten
                        .vanHulpvragen(vragen.stream().map(Hulpvraag::id).toList())
                        .stream()
                        .map(VoordeurMapper::dto)
                        .toList())
                .toegang(logboek.vanInwoner(id).stream().map(LogboekDtos::dto).toList());
        bijdragen.forEach(bijdrage -> bijdrage.vulAan(id, overzicht));
        logboek.toegestaan("inzageverzoek", Set.of(id));
        return overzicht;
    }

    /** The resident, if the caller may see them; for use inside this feature's transactions. */
    Inwoner vind(UUID id, String actie) {
        Inwoner inwoner = inwoners.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Inwoner", id));
        bestaan.vereisToegang(id, actie);
        return inwoner;
    }

    private void valideer(String gemeente, InwonerGegevens gegevens, UUID zelf) {
        if (gegevens.bsn() != null) {
            vereisGeldigBsn(gegevens.bsn());
            inwoners.metBsnVergrendeld(gemeente, gegevens.bsn())
                    .filter(bestaand -> !bestaand.id().equals(zelf))
                    .ifPresent(bestaand -> {
                        throw ApiProblem.conflict(
                                        "Er is al een inwoner met dit BSN: /v1/inwoners/" + bestaand.id() + ".")
                                .withLocation("inwoners/" + bestaand.id());
                    });
        }
        if (gegevens.geboortedatum() != null && gegevens.geboortedatum().isAfter(Werkdagen.vandaag(clock))) {
            throw ApiProblem.badRequest("geboortedatum: ligt in de toekomst.");
        }
    }

    private static void vereisGeldigBsn(String bsn) {
        if (!Bsn.isGeldig(bsn)) {
            throw ApiProblem.badRequest("bsn: voldoet niet aan de elfproef.");
        }
    }

    private String wijk(String gemeente, InwonerGegevens gegevens) {
        return gegevens.adres() == null
                ? null
                : wijken.wijk(gemeente, gegevens.adres().postcode()).orElse(null);
    }
}
