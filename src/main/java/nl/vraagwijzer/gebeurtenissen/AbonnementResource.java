package nl.vraagwijzer.gebeurtenissen;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.vraagwijzer.api.AbonnementenApi;
import nl.vraagwijzer.api.model.AbonnementDto;
import nl.vraagwijzer.api.model.AbonnementInvoerDto;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PagedResponses;

/** Webhooks and their delivery log: a partner's own, and every one for the functional admin. */
public class AbonnementResource implements AbonnementenApi {

    private final AbonnementService service;
    private final Abonnementweergave weergave;

    @Context
    UriInfo uri;

    public AbonnementResource(AbonnementService service, Abonnementweergave weergave) {
        this.service = service;
        this.weergave = weergave;
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response createAbonnement(AbonnementInvoerDto invoer) {
        Abonnement abonnement = service.abonneer(Abonnee.Soort.PARTNER, invoer.getCallbackUrl(), wens(invoer));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(abonnement.id().toString())
                        .build())
                .entity(dto(abonnement).geheim(abonnement.geheim()))
                .build();
    }

    @Override
    @RolesAllowed({PARTNER, BEHEERDER})
    public Response listAbonnementen(ListAbonnementenParameters query) {
        String status = query.status() == null ? null : query.status().toString();
        return PagedResponses.ok(
                service.lijst(Abonnee.Soort.PARTNER, status, PageRequest.of(query.page(), query.pageSize()))
                        .map(this::dto),
                uri);
    }

    @Override
    @RolesAllowed({PARTNER, BEHEERDER})
    public Response getAbonnement(UUID id) {
        return Response.ok(dto(service.lees(Abonnee.Soort.PARTNER, id))).build();
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response deleteAbonnement(UUID id) {
        service.zegOp(Abonnee.Soort.PARTNER, id);
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({PARTNER, BEHEERDER})
    public Response createHeractivering(UUID id) {
        return Response.ok(dto(service.heractiveer(Abonnee.Soort.PARTNER, id))).build();
    }

    @Override
    @RolesAllowed({PARTNER, BEHEERDER})
    public Response listAfleveringen(UUID id, ListAfleveringenParameters query) {
        return PagedResponses.ok(
                service.afleveringen(Abonnee.Soort.PARTNER, id, PageRequest.of(query.page(), query.pageSize()))
                        .map(Abonnementweergave::dto),
                uri);
    }

    private static Abonnement.Wens wens(AbonnementInvoerDto invoer) {
        return Abonnementweergave.wens(
                invoer.getMediaType(), invoer.getTypen(), invoer.getOnderwerp(), invoer.getVerzoekfrequentie());
    }

    private AbonnementDto dto(Abonnement abonnement) {
        return weergave.als(abonnement, AbonnementDto.class);
    }
}
