package nl.vraagwijzer.gebeurtenissen;

import static nl.vraagwijzer.shared.security.Rollen.PARTNER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.vraagwijzer.api.AbonnementenApi;
import nl.vraagwijzer.api.model.AbonnementDto;
import nl.vraagwijzer.api.model.AbonnementInvoerDto;
import nl.vraagwijzer.api.model.AfleveringDto;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PagedResponses;

/** A partner's webhooks and their delivery log. */
public class AbonnementResource implements AbonnementenApi {

    private final AbonnementService service;

    @Context
    UriInfo uri;

    public AbonnementResource(AbonnementService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response createAbonnement(AbonnementInvoerDto invoer) {
        Abonnement abonnement = service.abonneer(invoer.getCallbackUrl());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(abonnement.id().toString())
                        .build())
                .entity(dto(abonnement).geheim(abonnement.geheim()))
                .build();
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response listAbonnementen(ListAbonnementenParameters query) {
        return PagedResponses.ok(
                service.eigen(PageRequest.of(query.page(), query.pageSize())).map(AbonnementResource::dto), uri);
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response getAbonnement(UUID id) {
        return Response.ok(dto(service.lees(id))).build();
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response deleteAbonnement(UUID id) {
        service.zegOp(id);
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response createHeractivering(UUID id) {
        return Response.ok(dto(service.heractiveer(id))).build();
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response listAfleveringen(UUID id, ListAfleveringenParameters query) {
        return PagedResponses.ok(
                service.afleveringen(id, PageRequest.of(query.page(), query.pageSize()))
                        .map(a -> new AfleveringDto()
                                .volgnummer(a.volgnummer())
                                .tijdstip(a.tijdstip().atOffset(ZoneOffset.UTC))
                                .httpStatus(a.httpStatus())
                                .gelukt(a.gelukt())
                                .fout(a.fout())),
                uri);
    }

    private static AbonnementDto dto(Abonnement abonnement) {
        return new AbonnementDto()
                .id(abonnement.id())
                .callbackUrl(abonnement.callbackUrl())
                .actief(abonnement.actief())
                .laatstAfgeleverd(abonnement.laatstAfgeleverd())
                .mislukkingen(abonnement.mislukkingen())
                .volgendePoging(
                        abonnement.volgendePoging() == null
                                ? null
                                : abonnement.volgendePoging().atOffset(ZoneOffset.UTC))
                .aangemaaktOp(abonnement.aangemaaktOp().atOffset(ZoneOffset.UTC));
    }
}
