package nl.vraagwijzer.gebeurtenissen;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.api.AbonnementenApi;
import nl.vraagwijzer.api.model.AbonnementDto;
import nl.vraagwijzer.api.model.AbonnementInvoerDto;
import nl.vraagwijzer.api.model.AbonnementstatusDto;
import nl.vraagwijzer.api.model.AfleveringDto;
import nl.vraagwijzer.api.model.AfleveringsvormDto;
import nl.vraagwijzer.api.model.GebeurtenistypeDto;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PagedResponses;

/** Webhooks and their delivery log: a partner's own, and every one for the functional admin. */
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
        Abonnement abonnement = service.abonneer(invoer.getCallbackUrl(), wens(invoer));
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
                service.lijst(status, PageRequest.of(query.page(), query.pageSize()))
                        .map(AbonnementResource::dto),
                uri);
    }

    @Override
    @RolesAllowed({PARTNER, BEHEERDER})
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
    @RolesAllowed({PARTNER, BEHEERDER})
    public Response createHeractivering(UUID id) {
        return Response.ok(dto(service.heractiveer(id))).build();
    }

    @Override
    @RolesAllowed({PARTNER, BEHEERDER})
    public Response listAfleveringen(UUID id, ListAfleveringenParameters query) {
        return PagedResponses.ok(
                service.afleveringen(id, PageRequest.of(query.page(), query.pageSize()))
                        .map(a -> new AfleveringDto()
                                .volgnummer(a.volgnummer())
                                .tijdstip(utc(a.tijdstip()))
                                .httpStatus(a.httpStatus())
                                .gelukt(a.gelukt())
                                .fout(a.fout())),
                uri);
    }

    private static Abonnement.Wens wens(AbonnementInvoerDto invoer) {
        List<String> typen = invoer.getTypen() == null
                ? List.of()
                : invoer.getTypen().stream()
                        .map(type -> type == null ? null : type.toString())
                        .toList();
        return new Abonnement.Wens(
                invoer.getMediaType() == null
                        ? Gebeurtenisvorm.CLOUDEVENT
                        : invoer.getMediaType().toString(),
                typen,
                invoer.getOnderwerp(),
                invoer.getVerzoekfrequentie());
    }

    private static AbonnementDto dto(Abonnement abonnement) {
        return new AbonnementDto()
                .id(abonnement.id())
                .organisatieId(abonnement.organisatieId())
                .callbackUrl(abonnement.callbackUrl())
                .actief(abonnement.actief())
                .status(AbonnementstatusDto.fromValue(abonnement.status()))
                .reden(abonnement.reden())
                .mediaType(AfleveringsvormDto.fromValue(abonnement.mediaType()))
                .typen(
                        abonnement.typen().isEmpty()
                                ? null
                                : abonnement.typen().stream()
                                        .map(GebeurtenistypeDto::fromValue)
                                        .toList())
                .onderwerp(abonnement.onderwerp())
                .verzoekfrequentie(abonnement.verzoekfrequentie())
                .laatstAfgeleverd(abonnement.laatstAfgeleverd())
                .laatsteSequence(abonnement.laatsteSequence())
                .mislukkingen(abonnement.mislukkingen())
                .volgendePoging(utc(abonnement.volgendePoging()))
                .aangemaaktOp(utc(abonnement.aangemaaktOp()));
    }

    private static OffsetDateTime utc(Instant tijdstip) {
        return tijdstip == null ? null : tijdstip.atOffset(ZoneOffset.UTC);
    }
}
