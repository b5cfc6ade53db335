package nl.vraagwijzer.ondersteuningsplan;

import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.vraagwijzer.api.OndersteuningsplannenApi;
import nl.vraagwijzer.api.model.LeefgebiedDto;
import nl.vraagwijzer.api.model.OndersteuningsplanInvoerDto;
import nl.vraagwijzer.api.model.PartneractieStatuswijzigingDto;
import nl.vraagwijzer.api.model.PlanakkoordInvoerDto;
import nl.vraagwijzer.api.model.PlandoelcijferDto;
import nl.vraagwijzer.api.model.PlaninhoudInvoerDto;
import nl.vraagwijzer.api.model.RegisseurswisselInvoerDto;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PagedResponses;

/** The support plans of households and residents, their agreement, coordinator and history. */
public class OndersteuningsplanResource implements OndersteuningsplannenApi {

    private final OndersteuningsplanService service;
    private final Partneracties partneracties;

    @Context
    UriInfo uri;

    public OndersteuningsplanResource(OndersteuningsplanService service, Partneracties partneracties) {
        this.service = service;
        this.partneracties = partneracties;
    }

    @Override
    @RolesAllowed(PROFESSIONAL)
    public Response createOndersteuningsplan(
            OndersteuningsplanInvoerDto invoer, CreateOndersteuningsplanParameters headers) {
        Ondersteuningsplan plan = service.stelOp(
                invoer.getHuishoudenId(),
                invoer.getInwonerId(),
                OndersteuningsplanMapper.regisseur(invoer.getRegisseur()),
                OndersteuningsplanMapper.inhoud(invoer.getDoelen(), invoer.getActies(), invoer.getEvaluatiedata()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(plan.id().toString()).build())
                .entity(OndersteuningsplanMapper.dto(plan))
                .tag(ETags.of(plan.versie()))
                .build();
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response getOndersteuningsplan(UUID id, GetOndersteuningsplanParameters headers) {
        return metETag(service.lees(id));
    }

    @Override
    @RolesAllowed(PROFESSIONAL)
    public Response updateOndersteuningsplan(
            UUID id, PlaninhoudInvoerDto invoer, UpdateOndersteuningsplanParameters headers) {
        return metETag(service.wijzig(
                id,
                headers.ifMatch(),
                OndersteuningsplanMapper.inhoud(invoer.getDoelen(), invoer.getActies(), invoer.getEvaluatiedata())));
    }

    @Override
    @RolesAllowed(PROFESSIONAL)
    public Response createPlanakkoord(UUID id, PlanakkoordInvoerDto invoer, CreatePlanakkoordParameters headers) {
        return metETag(service.akkoord(
                id,
                headers.ifMatch(),
                invoer.getDoor(),
                invoer.getDatum(),
                invoer.getVorm().toString()));
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response createRegisseurswissel(
            UUID id, RegisseurswisselInvoerDto invoer, CreateRegisseurswisselParameters headers) {
        return metETag(service.wisselRegisseur(
                id, headers.ifMatch(), OndersteuningsplanMapper.regisseur(invoer.getRegisseur()), invoer.getReden()));
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response listOndersteuningsplannen(ListOndersteuningsplannenParameters query) {
        return PagedResponses.ok(
                service.vanTeam(
                                Boolean.TRUE.equals(query.evaluatieVerlopen()),
                                PageRequest.of(query.page(), query.pageSize()))
                        .map(OndersteuningsplanMapper::dto),
                uri);
    }

    @Override
    @RolesAllowed({TEAMLEIDER, RAPPORTAGE})
    public Response getPlandoelenRapportage(GetPlandoelenRapportageParameters query) {
        return Response.ok(service.doelcijfers(query.team()).stream()
                        .map(cijfer -> new PlandoelcijferDto()
                                .gemeente(cijfer.gemeente())
                                .team(cijfer.team())
                                .leefgebied(LeefgebiedDto.fromValue(cijfer.leefgebied()))
                                .doelen(cijfer.doelen())
                                .bereikt(cijfer.bereikt())
                                .aandeelBereikt(cijfer.aandeel())
                                .onderdrukt(cijfer.onderdrukt()))
                        .toList())
                .build();
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response listPlangeschiedenis(UUID id, ListPlangeschiedenisParameters headers) {
        return Response.ok(service.geschiedenis(id).stream()
                        .map(OndersteuningsplanMapper::dto)
                        .toList())
                .build();
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response listPartneracties(ListPartneractiesParameters query) {
        return PagedResponses.ok(
                partneracties
                        .lijst(PageRequest.of(query.page(), query.pageSize()))
                        .map(OndersteuningsplanMapper::dto),
                uri);
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response createPartneractieStatuswijziging(
            UUID id, PartneractieStatuswijzigingDto invoer, CreatePartneractieStatuswijzigingParameters headers) {
        Partneracties.Zicht zicht = partneracties.wijzigStatus(
                id, headers.ifMatch(), invoer.getStatus().toString());
        return Response.ok(OndersteuningsplanMapper.dto(zicht))
                .tag(ETags.of(zicht.planversie()))
                .build();
    }

    private static Response metETag(Ondersteuningsplan plan) {
        return Response.ok(OndersteuningsplanMapper.dto(plan))
                .tag(ETags.of(plan.versie()))
                .build();
    }
}
