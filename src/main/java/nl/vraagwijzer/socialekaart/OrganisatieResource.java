package nl.vraagwijzer.socialekaart;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.vraagwijzer.api.OrganisatiesApi;
import nl.vraagwijzer.api.model.LeefgebiedDto;
import nl.vraagwijzer.api.model.OrganisatieInvoerDto;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PagedResponses;

/** The directory is open to every role for reading; only the beheerder changes it. */
public class OrganisatieResource implements OrganisatiesApi {

    private final SocialeKaartService service;

    @Context
    UriInfo uri;

    public OrganisatieResource(SocialeKaartService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER, BEHEERDER, PRIVACYFUNCTIONARIS, PARTNER, RAPPORTAGE})
    public Response listOrganisaties(
            String q,
            String naam,
            LeefgebiedDto leefgebied,
            String wijk,
            String gemeente,
            Integer page,
            Integer pageSize) {
        OrganisatieFilter filter = new OrganisatieFilter(
                Zoekvraag.van(q), naam, leefgebied == null ? null : leefgebied.toString(), wijk, gemeente);
        return PagedResponses.ok(
                service.zoekOrganisaties(filter, PageRequest.of(page, pageSize)).map(SocialeKaartMapper::dto), uri);
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER, BEHEERDER, PRIVACYFUNCTIONARIS, PARTNER, RAPPORTAGE})
    public Response getOrganisatie(UUID id) {
        Organisatie organisatie = service.organisatie(id);
        return Response.ok(SocialeKaartMapper.dto(organisatie))
                .tag(ETags.of(organisatie.versie()))
                .build();
    }

    @Override
    @RolesAllowed(BEHEERDER)
    public Response createOrganisatie(OrganisatieInvoerDto invoer) {
        Organisatie organisatie = service.voegOrganisatieToe(SocialeKaartMapper.gegevens(invoer));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(organisatie.id().toString())
                        .build())
                .entity(SocialeKaartMapper.dto(organisatie))
                .tag(ETags.of(organisatie.versie()))
                .build();
    }

    @Override
    @RolesAllowed(BEHEERDER)
    public Response updateOrganisatie(UUID id, OrganisatieInvoerDto invoer, String ifMatch) {
        Organisatie organisatie = service.wijzigOrganisatie(id, ifMatch, SocialeKaartMapper.gegevens(invoer));
        return Response.ok(SocialeKaartMapper.dto(organisatie))
                .tag(ETags.of(organisatie.versie()))
                .build();
    }

    @Override
    @RolesAllowed(BEHEERDER)
    public Response deleteOrganisatie(UUID id) {
        service.verwijderOrganisatie(id);
        return Response.noContent().build();
    }
}
