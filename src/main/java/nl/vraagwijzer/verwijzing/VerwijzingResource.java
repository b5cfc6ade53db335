package nl.vraagwijzer.verwijzing;

import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.vraagwijzer.api.VerwijzingenApi;
import nl.vraagwijzer.api.model.OverbruggingInvoerDto;
import nl.vraagwijzer.api.model.VerwijzingInvoerDto;
import nl.vraagwijzer.api.model.VerwijzingStatuswijzigingInvoerDto;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PagedResponses;

/** Referrals: teams send and withdraw them, partners move their own ones on. */
public class VerwijzingResource implements VerwijzingenApi {

    private final VerwijzingService service;

    @Context
    UriInfo uri;

    public VerwijzingResource(VerwijzingService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER, PARTNER})
    public Response listVerwijzingen(ListVerwijzingenParameters query) {
        String statusCode = query.status() == null ? null : query.status().toString();
        if (query.cursor() != null || PagedResponses.vraagtCursor(uri)) {
            return PagedResponses.ok(
                    service.zoekNa(
                                    query.gemeente(),
                                    statusCode,
                                    query.reactietermijnVerlopen(),
                                    PagedResponses.cursor(query.cursor()),
                                    PageRequest.of(1, query.pageSize()).pageSize())
                            .map(VerwijzingMapper::dto),
                    uri);
        }
        return PagedResponses.ok(
                service.zoek(
                                query.gemeente(),
                                statusCode,
                                query.reactietermijnVerlopen(),
                                PageRequest.of(query.page(), query.pageSize()))
                        .map(VerwijzingMapper::dto),
                uri);
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response createVerwijzing(VerwijzingInvoerDto invoer, CreateVerwijzingParameters headers) {
        VerwijzingService.Zicht zicht = service.verwijs(VerwijzingMapper.aanvraag(invoer));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(zicht.verwijzing().id().toString())
                        .build())
                .entity(VerwijzingMapper.dto(zicht))
                .tag(ETags.of(zicht.verwijzing().versie()))
                .build();
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER, PARTNER})
    public Response getVerwijzing(UUID id, GetVerwijzingParameters headers) {
        return metETag(service.lees(id));
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER, PARTNER})
    public Response createVerwijzingStatuswijziging(
            UUID id, VerwijzingStatuswijzigingInvoerDto invoer, CreateVerwijzingStatuswijzigingParameters headers) {
        return metETag(service.wijzigStatus(
                id,
                headers.ifMatch(),
                VerwijzingStatus.van(invoer.getStatus().toString()),
                invoer.getReden(),
                invoer.getVerwachteStart(),
                invoer.getResultaat()));
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response updateOverbrugging(UUID id, OverbruggingInvoerDto invoer, UpdateOverbruggingParameters headers) {
        return metETag(service.overbrug(id, headers.ifMatch(), invoer.getOmschrijving()));
    }

    private static Response metETag(VerwijzingService.Zicht zicht) {
        return Response.ok(VerwijzingMapper.dto(zicht))
                .tag(ETags.of(zicht.verwijzing().versie()))
                .build();
    }
}
