package nl.vraagwijzer.verwijzing;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.vraagwijzer.api.ToestemmingenApi;
import nl.vraagwijzer.api.model.ToestemmingInvoerDto;

/** The resident's consents, recorded and withdrawn by the staff who talk to them. */
public class ToestemmingResource implements ToestemmingenApi {

    private final ToestemmingService service;

    @Context
    UriInfo uri;

    public ToestemmingResource(ToestemmingService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER})
    public Response createToestemming(ToestemmingInvoerDto invoer, CreateToestemmingParameters headers) {
        Toestemming toestemming = service.legVast(
                invoer.getInwonerId(),
                invoer.getOrganisatieId(),
                invoer.getDoel(),
                invoer.getDatum(),
                invoer.getVorm().toString(),
                invoer.getGeldigTot());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(toestemming.id().toString())
                        .build())
                .entity(VerwijzingMapper.dto(toestemming, service.vandaag()))
                .build();
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER})
    public Response getToestemming(UUID id, GetToestemmingParameters headers) {
        return Response.ok(VerwijzingMapper.dto(service.lees(id), service.vandaag()))
                .build();
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER})
    public Response createIntrekking(UUID id, CreateIntrekkingParameters headers) {
        return Response.ok(VerwijzingMapper.dto(service.trekIn(id), service.vandaag()))
                .build();
    }
}
