package nl.vraagwijzer.vroegsignalering;

import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalTime;
import java.util.UUID;
import nl.vraagwijzer.api.VroegsignaleringApi;
import nl.vraagwijzer.api.model.AfsluitingInvoerDto;
import nl.vraagwijzer.api.model.ContactpogingInvoerDto;
import nl.vraagwijzer.api.model.VroegsignaalzaakDto;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PagedResponses;

/** The outreach team's cases of early signals: its work list, contact attempts and end results. */
public class VroegsignaalzaakResource implements VroegsignaleringApi {

    private final VroegsignaleringService service;

    @Context
    UriInfo uri;

    public VroegsignaalzaakResource(VroegsignaleringService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response listVroegsignaalzaken(ListVroegsignaalzakenParameters query) {
        return PagedResponses.ok(
                service.werklijst(
                                query.wijk(),
                                query.soort() == null ? null : query.soort().toString(),
                                query.termijnVerlopen(),
                                PageRequest.of(query.page(), query.pageSize()))
                        .map(this::dto),
                uri);
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response getVroegsignaalzaak(UUID id, GetVroegsignaalzaakParameters headers) {
        return Response.ok(dto(service.lees(id))).build();
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response createContactpoging(UUID id, ContactpogingInvoerDto invoer, CreateContactpogingParameters headers) {
        Vroegsignaalzaak zaak = service.probeer(
                id,
                invoer.getSoort().toString(),
                invoer.getDatum(),
                invoer.getTijd() == null ? null : LocalTime.parse(invoer.getTijd()),
                invoer.getDagdeel() == null ? null : invoer.getDagdeel().toString(),
                invoer.getBereikt());
        return Response.created(uri.getBaseUriBuilder()
                        .path("vroegsignaalzaken")
                        .path(zaak.id().toString())
                        .build())
                .entity(dto(zaak))
                .build();
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response createAfsluiting(UUID id, AfsluitingInvoerDto invoer, CreateAfsluitingParameters headers) {
        return Response.ok(dto(service.sluit(id, invoer.getEindresultaat().toString())))
                .build();
    }

    private VroegsignaalzaakDto dto(Vroegsignaalzaak zaak) {
        return VroegsignaalzaakMapper.dto(zaak, service.voorstel(zaak));
    }
}
