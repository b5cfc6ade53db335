package nl.vraagwijzer.socialekaart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.vraagwijzer.shared.gemeente.Gemeenteindeling;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;
import nl.vraagwijzer.shared.security.Rollen;

/** The organisation directory: organisations and their services, as the beheerder maintains them. */
@ApplicationScoped
public class SocialeKaartService {

    private final OrganisatieRepository organisaties;
    private final DienstRepository diensten;
    private final Gemeenteindeling indeling;
    private final Aanroeper aanroeper;
    private final Clock clock;

    public SocialeKaartService(
            OrganisatieRepository organisaties,
            DienstRepository diensten,
            Gemeenteindeling indeling,
            Aanroeper aanroeper,
            Clock clock) {
        this.organisaties = organisaties;
        this.diensten = diensten;
        this.indeling = indeling;
        this.aanroeper = aanroeper;
        this.clock = clock;
    }

    /** One page of organisations matching the filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Organisatie> zoekOrganisaties(OrganisatieFilter filter, PageRequest page) {
        return organisaties.zoek(filter, page);
    }

    /** @throws ApiProblem 404 when the organisation does not exist */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisatie organisatie(UUID id) {
        return organisaties.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Organisatie", id));
    }

    @Transactional
    public Organisatie voegOrganisatieToe(OrganisatieGegevens gegevens) {
        Organisatie organisatie = Organisatie.nieuw(metGemeenten(gegevens), clock.instant());
        organisaties.persistAndFlush(organisatie);
        return organisatie;
    }

    /**
     * Replaces an organisation's data.
     *
     * @param ifMatch the ETag the change is based on
     * @throws ApiProblem 404 unknown, 428 without If-Match, 412 when another change came first
     */
    @Transactional
    public Organisatie wijzigOrganisatie(UUID id, String ifMatch, OrganisatieGegevens gegevens) {
        long expected = ETags.expectedVersion(ifMatch);
        Organisatie organisatie = organisatie(id);
        ETags.requireCurrent(expected, organisatie.versie());
        OrganisatieGegevens volledig = metGemeenten(gegevens);
        diensten.vanOrganisatie(id).forEach(dienst -> dienst.gegevens().gemeenten().stream()
                .filter(gemeente -> !volledig.gemeenten().contains(gemeente))
                .findFirst()
                .ifPresent(gemeente -> {
                    throw ApiProblem.conflict("gemeenten: dienst " + dienst.id() + " bedient nog gemeente " + gemeente
                            + "; pas eerst de dienst aan.");
                }));
        organisatie.wijzig(volledig, clock.instant());
        organisaties.flush();
        return organisatie;
    }

    /** @throws ApiProblem 404 unknown, 409 while the organisation still offers services */
    @Transactional
    public void verwijderOrganisatie(UUID id) {
        Organisatie organisatie = organisatie(id);
        if (diensten.bestaatVoorOrganisatie(id)) {
            throw ApiProblem.conflict(
                    "Organisatie " + id + " biedt nog diensten aan; verwijder of verplaats die eerst.");
        }
        organisaties.delete(organisatie);
    }

    /**
     * One page of services matching the filter; with a postcode, those for its wijk and the whole
     * gemeente (none for a postcode outside the gemeenten this deployment serves).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Dienst> zoekDiensten(DienstFilter filter, String postcode, PageRequest page) {
        if (postcode == null) {
            return diensten.zoek(filter, page);
        }
        return indeling.plaats(postcode.replace(" ", "").toUpperCase(Locale.ROOT))
                .map(plaats -> diensten.zoek(filter.op(plaats.gemeente(), plaats.wijk()), page))
                .orElseGet(() -> new PageResult<>(List.of(), 0, page));
    }

    /**
     * The partner's (or the functional admin's) statement of places and waiting time.
     *
     * @throws ApiProblem 404 unknown, 403 a partner for another organisation's service, 428 without
     *     If-Match, 412 when another change came first
     */
    @Transactional
    public Dienst werkCapaciteitBij(UUID id, String ifMatch, int plaatsen, int wachttijdWeken) {
        long expected = ETags.expectedVersion(ifMatch);
        Dienst dienst = dienst(id);
        if (!aanroeper.heeftRol(Rollen.BEHEERDER)
                && !dienst.gegevens().organisatieId().equals(aanroeper.vereisOrganisatie())) {
            throw new ApiProblem(
                    403,
                    "Dienst " + id
                            + " hoort bij een andere organisatie; een partner houdt alleen de eigen diensten bij.");
        }
        ETags.requireCurrent(expected, dienst.versie());
        dienst.werkCapaciteitBij(plaatsen, wachttijdWeken, clock.instant());
        diensten.flush();
        return dienst;
    }

    /** @throws ApiProblem 404 when the service does not exist */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Dienst dienst(UUID id) {
        return diensten.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Dienst", id));
    }

    /** The services of an organisation, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Dienst> dienstenVan(UUID organisatieId) {
        return diensten.vanOrganisatie(organisatieId).stream()
                .sorted(java.util.Comparator.comparing(
                                (Dienst d) -> d.gegevens().naam())
                        .thenComparing(Dienst::id))
                .toList();
    }

    /** @throws ApiProblem 400 when the organisation does not exist */
    @Transactional
    public Dienst voegDienstToe(DienstGegevens gegevens) {
        Organisatie organisatie = vereisOrganisatie(gegevens.organisatieId());
        DienstGegevens volledig = metGemeenten(gegevens, organisatie);
        Dienst dienst = Dienst.nieuw(volledig, werkgebied(volledig, organisatie), clock.instant());
        diensten.persistAndFlush(dienst);
        return dienst;
    }

    /** @throws ApiProblem 404 unknown, 400 unknown organisation, 428 without If-Match, 412 stale */
    @Transactional
    public Dienst wijzigDienst(UUID id, String ifMatch, DienstGegevens gegevens) {
        long expected = ETags.expectedVersion(ifMatch);
        Dienst dienst = dienst(id);
        ETags.requireCurrent(expected, dienst.versie());
        Organisatie organisatie = vereisOrganisatie(gegevens.organisatieId());
        DienstGegevens volledig = metGemeenten(gegevens, organisatie);
        dienst.wijzig(volledig, werkgebied(volledig, organisatie), clock.instant());
        diensten.flush();
        return dienst;
    }

    /** @throws ApiProblem 404 when the service does not exist */
    @Transactional
    public void verwijderDienst(UUID id) {
        diensten.delete(dienst(id));
    }

    private Organisatie vereisOrganisatie(UUID organisatieId) {
        return organisaties
                .findByIdOptional(organisatieId)
                .orElseThrow(
                        () -> ApiProblem.badRequest("organisatieId: organisatie " + organisatieId + " bestaat niet."));
    }

    /** An organisation that states no gemeenten serves the default gemeente. */
    private OrganisatieGegevens metGemeenten(OrganisatieGegevens gegevens) {
        if (gegevens.gemeenten() != null) {
            Werkgebied.bekend(gegevens.gemeenten(), indeling);
            return gegevens;
        }
        return new OrganisatieGegevens(
                gegevens.naam(),
                gegevens.omschrijving(),
                gegevens.kvkNummer(),
                gegevens.website(),
                gegevens.telefoonnummer(),
                gegevens.emailadres(),
                gegevens.adres(),
                List.of(indeling.standaard()));
    }

    /** A service that states no gemeenten serves those of its organisation. */
    private DienstGegevens metGemeenten(DienstGegevens gegevens, Organisatie organisatie) {
        if (gegevens.gemeenten() != null) {
            return gegevens;
        }
        return gegevens.metGemeenten(organisatie.gegevens().gemeenten());
    }

    private List<String> werkgebied(DienstGegevens gegevens, Organisatie organisatie) {
        return Werkgebied.van(
                gegevens.gemeenten(), gegevens.wijken(), organisatie.gegevens().gemeenten(), indeling);
    }
}
