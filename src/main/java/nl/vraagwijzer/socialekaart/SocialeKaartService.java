package nl.vraagwijzer.socialekaart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.shared.gemeente.Gemeenteindeling;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.problem.ApiProblem;

/** The organisation directory: organisations and their services, as the beheerder maintains them. */
@ApplicationScoped
public class SocialeKaartService {

    private final OrganisatieRepository organisaties;
    private final DienstRepository diensten;
    private final Gemeenteindeling indeling;
    private final Clock clock;

    public SocialeKaartService(
            OrganisatieRepository organisaties, DienstRepository diensten, Gemeenteindeling indeling, Clock clock) {
        this.organisaties = organisaties;
        this.diensten = diensten;
        this.indeling = indeling;
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

    /** One page of services matching the filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Dienst> zoekDiensten(DienstFilter filter, PageRequest page) {
        return diensten.zoek(filter, page);
    }

    /** @throws ApiProblem 404 when the service does not exist */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Dienst dienst(UUID id) {
        return diensten.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Dienst", id));
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
        return new DienstGegevens(
                gegevens.organisatieId(),
                gegevens.naam(),
                gegevens.omschrijving(),
                gegevens.leefgebieden(),
                gegevens.doelgroepen(),
                organisatie.gegevens().gemeenten(),
                gegevens.wijken(),
                gegevens.aanmeldwijze(),
                gegevens.contact(),
                gegevens.reactietermijnWerkdagen());
    }

    private List<String> werkgebied(DienstGegevens gegevens, Organisatie organisatie) {
        return Werkgebied.van(
                gegevens.gemeenten(), gegevens.wijken(), organisatie.gegevens().gemeenten(), indeling);
    }
}
