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
    public Response listOrganisaties(ListOrganisatiesParameters query) {
        OrganisatieFilter filter = new OrganisatieFilter(
                Zoekvraag.van(query.q()),
                query.naam(),
                query.leefgebied() == null ? null : query.leefgebied().toString(),
                query.wijk(),
                query.gemeente());
        return PagedResponses.ok(
                service.zoekOrganisaties(filter, PageRequest.of(query.page(), query.pageSize()))
                        .map(SocialeKaartMapper::dto),
                uri);
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
    public Response updateOrganisatie(UUID id, OrganisatieInvoerDto invoer, UpdateOrganisatieParameters headers) {
        Organisatie organisatie = service.wijzigOrganisatie(id, headers.ifMatch(), SocialeKaartMapper.gegevens(invoer));
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
