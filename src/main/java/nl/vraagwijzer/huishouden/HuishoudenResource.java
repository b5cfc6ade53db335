package nl.vraagwijzer.huishouden;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.vraagwijzer.api.HuishoudensApi;
import nl.vraagwijzer.api.model.HuishoudenInvoerDto;
import nl.vraagwijzer.api.model.HuishoudlidInvoerDto;
import nl.vraagwijzer.api.model.VertrekInvoerDto;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.problem.ApiProblem;

/** Households: who lives together, their changes, and the view of the whole household. */
public class HuishoudenResource implements HuishoudensApi {

    private final HuishoudenService service;

    @Context
    UriInfo uri;

    public HuishoudenResource(HuishoudenService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER})
    public Response listHuishoudens(ListHuishoudensParameters query) {
        if (query.inwonerId() != null) {
            return Response.ok(service.vanInwoner(query.inwonerId()).stream()
                            .map(HuishoudenMapper::dto)
                            .toList())
                    .build();
        }
        if (!Boolean.TRUE.equals(query.zonderRegisseur())) {
            throw ApiProblem.badRequest("inwonerId, zonderRegisseur: noem een inwoner, of vraag zonderRegisseur=true.");
        }
        return Response.ok(service.zonderRegisseur().stream()
                        .map(HuishoudenMapper::dto)
                        .toList())
                .build();
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL})
    public Response createHuishouden(HuishoudenInvoerDto invoer, CreateHuishoudenParameters headers) {
        Huishouden huishouden = service.vorm(
                invoer.getLeden().stream().map(HuishoudenResource::lid).toList());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(huishouden.id().toString())
                        .build())
                .entity(HuishoudenMapper.dto(huishouden))
                .tag(ETags.of(huishouden.versie()))
                .build();
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response getHuishouden(UUID id, GetHuishoudenParameters headers) {
        HuishoudenService.Overzicht overzicht = service.overzicht(id);
        return Response.ok(HuishoudenMapper.dto(overzicht))
                .tag(ETags.of(overzicht.huishouden().versie()))
                .build();
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL})
    public Response createHuishoudlid(UUID id, HuishoudlidInvoerDto invoer, CreateHuishoudlidParameters headers) {
        return metETag(service.voegToe(id, headers.ifMatch(), lid(invoer)));
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL})
    public Response createVertrek(UUID id, VertrekInvoerDto invoer, CreateVertrekParameters headers) {
        return metETag(service.vertrek(
                id,
                headers.ifMatch(),
                invoer.getInwonerId(),
                invoer.getDatum(),
                invoer.getReden().toString()));
    }

    private static Response metETag(Huishouden huishouden) {
        return Response.ok(HuishoudenMapper.dto(huishouden))
                .tag(ETags.of(huishouden.versie()))
                .build();
    }

    private static HuishoudenService.Lid lid(HuishoudlidInvoerDto invoer) {
        return new HuishoudenService.Lid(
                invoer.getInwonerId(), invoer.getRelatie().toString(), invoer.getVanaf());
    }
}
