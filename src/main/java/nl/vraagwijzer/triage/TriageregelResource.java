package nl.vraagwijzer.triage;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.vraagwijzer.api.TriageregelsApi;
import nl.vraagwijzer.api.model.TriageregelInvoerDto;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PagedResponses;

/** The rules behind the advice: the beheerder manages them; professionals may read why. */
public class TriageregelResource implements TriageregelsApi {

    private final TriageService service;

    @Context
    UriInfo uri;

    public TriageregelResource(TriageService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({BEHEERDER, PROFESSIONAL, TEAMLEIDER})
    public Response listTriageregels(ListTriageregelsParameters query) {
        return PagedResponses.ok(
                service.regels(PageRequest.of(query.page(), query.pageSize())).map(TriageMapper::dto), uri);
    }

    @Override
    @RolesAllowed({BEHEERDER, PROFESSIONAL, TEAMLEIDER})
    public Response getTriageregel(UUID id) {
        Triageregel regel = service.regel(id);
        return Response.ok(TriageMapper.dto(regel))
                .tag(ETags.of(regel.versie()))
                .build();
    }

    @Override
    @RolesAllowed(BEHEERDER)
    public Response createTriageregel(TriageregelInvoerDto invoer) {
        Triageregel regel = service.voegRegelToe(
                invoer.getNaam(),
                invoer.getOmschrijving(),
                actief(invoer),
                TriageMapper.voorwaarde(invoer.getVoorwaarde()),
                TriageMapper.advies(invoer.getAdvies()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(regel.id().toString()).build())
                .entity(TriageMapper.dto(regel))
                .tag(ETags.of(regel.versie()))
                .build();
    }

    @Override
    @RolesAllowed(BEHEERDER)
    public Response updateTriageregel(UUID id, TriageregelInvoerDto invoer, UpdateTriageregelParameters headers) {
        Triageregel regel = service.wijzigRegel(
                id,
                headers.ifMatch(),
                invoer.getNaam(),
                invoer.getOmschrijving(),
                actief(invoer),
                TriageMapper.voorwaarde(invoer.getVoorwaarde()),
                TriageMapper.advies(invoer.getAdvies()));
        return Response.ok(TriageMapper.dto(regel))
                .tag(ETags.of(regel.versie()))
                .build();
    }

    private static boolean actief(TriageregelInvoerDto invoer) {
        return invoer.getActief() == null || invoer.getActief();
    }
}
