package nl.vraagwijzer.triage;

import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.vraagwijzer.api.TriageApi;
import nl.vraagwijzer.api.model.TriageInvoerDto;

/** Triages of a question: professionals and the team lead of its team only. */
public class TriageResource implements TriageApi {

    private final TriageService service;

    @Context
    UriInfo uri;

    public TriageResource(TriageService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response createTriage(UUID id, TriageInvoerDto invoer, CreateTriageParameters headers) {
        Triage triage = service.legVast(id, TriageMapper.beoordeling(invoer));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(triage.id().toString())
                        .build())
                .entity(TriageMapper.dto(triage))
                .build();
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response listTriages(UUID id, ListTriagesParameters headers) {
        return Response.ok(
                        service.vanHulpvraag(id).stream().map(TriageMapper::dto).toList())
                .build();
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response getTriage(UUID id, UUID triageId, GetTriageParameters headers) {
        return Response.ok(TriageMapper.dto(service.lees(id, triageId))).build();
    }
}
