package nl.vraagwijzer.gebeurtenissen;

import static nl.vraagwijzer.gebeurtenissen.Abonnee.Soort.GEMEENTESYSTEEM;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.vraagwijzer.api.GemeenteabonnementenApi;
import nl.vraagwijzer.api.model.GemeenteabonnementDto;
import nl.vraagwijzer.api.model.GemeenteabonnementInvoerDto;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PagedResponses;
import nl.vraagwijzer.shared.security.Rollen;

/**
 * Webhooks of a gemeente's own systems, to every event of their gemeente: a system's own, and
 * every one for the functional admin. Paths of their own, so that the partners' contract (its
 * list of event types) stays as their clients know it.
 */
public class GemeenteabonnementResource implements GemeenteabonnementenApi {

    private final AbonnementService service;
    private final Abonnementweergave weergave;

    @Context
    UriInfo uri;

    public GemeenteabonnementResource(AbonnementService service, Abonnementweergave weergave) {
        this.service = service;
        this.weergave = weergave;
    }

    @Override
    @RolesAllowed(Rollen.GEMEENTESYSTEEM)
    public Response createGemeenteabonnement(GemeenteabonnementInvoerDto invoer) {
        Abonnement abonnement = service.abonneer(
                GEMEENTESYSTEEM,
                invoer.getCallbackUrl(),
                Abonnementweergave.wens(
                        invoer.getMediaType(),
                        invoer.getTypen(),
                        invoer.getOnderwerp(),
                        invoer.getVerzoekfrequentie()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(abonnement.id().toString())
                        .build())
                .entity(dto(abonnement).geheim(abonnement.geheim()))
                .build();
    }

    @Override
    @RolesAllowed({Rollen.GEMEENTESYSTEEM, BEHEERDER})
    public Response listGemeenteabonnementen(ListGemeenteabonnementenParameters query) {
        String status = query.status() == null ? null : query.status().toString();
        return PagedResponses.ok(
                service.lijst(GEMEENTESYSTEEM, status, PageRequest.of(query.page(), query.pageSize()))
                        .map(this::dto),
                uri);
    }

    @Override
    @RolesAllowed({Rollen.GEMEENTESYSTEEM, BEHEERDER})
    public Response getGemeenteabonnement(UUID id) {
        return Response.ok(dto(service.lees(GEMEENTESYSTEEM, id))).build();
    }

    @Override
    @RolesAllowed(Rollen.GEMEENTESYSTEEM)
    public Response deleteGemeenteabonnement(UUID id) {
        service.zegOp(GEMEENTESYSTEEM, id);
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({Rollen.GEMEENTESYSTEEM, BEHEERDER})
    public Response createGemeenteabonnementHeractivering(UUID id) {
        return Response.ok(dto(service.heractiveer(GEMEENTESYSTEEM, id))).build();
    }

    @Override
    @RolesAllowed({Rollen.GEMEENTESYSTEEM, BEHEERDER})
    public Response listGemeenteabonnementAfleveringen(UUID id, ListGemeenteabonnementAfleveringenParameters query) {
        return PagedResponses.ok(
                service.afleveringen(GEMEENTESYSTEEM, id, PageRequest.of(query.page(), query.pageSize()))
                        .map(Abonnementweergave::dto),
                uri);
    }

    private GemeenteabonnementDto dto(Abonnement abonnement) {
        return weergave.als(abonnement, GemeenteabonnementDto.class);
    }
}
