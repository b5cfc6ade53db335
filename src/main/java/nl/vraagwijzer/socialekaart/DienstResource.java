package nl.vraagwijzer.socialekaart;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.UUID;
import nl.vraagwijzer.api.DienstenApi;
import nl.vraagwijzer.api.model.CapaciteitInvoerDto;
import nl.vraagwijzer.api.model.DienstDto;
import nl.vraagwijzer.api.model.DienstInvoerDto;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PagedResponses;

/**
 * The directory is open to every role for reading; the beheerder changes it, and a partner keeps
 * the capacity of its own services.
 */
public class DienstResource implements DienstenApi {

    private final SocialeKaartService service;
    private final SocialeKaartConfig config;
    private final Clock clock;

    @Context
    UriInfo uri;

    public DienstResource(SocialeKaartService service, SocialeKaartConfig config, Clock clock) {
        this.service = service;
        this.config = config;
        this.clock = clock;
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER, BEHEERDER, PRIVACYFUNCTIONARIS, PARTNER, RAPPORTAGE})
    public Response listDiensten(ListDienstenParameters query) {
        DienstFilter filter = DienstFilter.bouwer()
                .q(Zoekvraag.van(query.q()))
                .naam(query.naam())
                .leefgebied(
                        query.leefgebied() == null ? null : query.leefgebied().toString())
                .doelgroep(query.doelgroep())
                .aanmeldwijze(
                        query.aanmeldwijze() == null
                                ? null
                                : query.aanmeldwijze().toString())
                .collectief(query.collectief())
                .wijk(query.wijk())
                .gemeente(query.gemeente())
                .organisatieId(query.organisatieId())
                .build();
        return PagedResponses.ok(
                service.zoekDiensten(filter, query.postcode(), PageRequest.of(query.page(), query.pageSize()))
                        .map(this::dto),
                uri);
    }

    @Override
    @RolesAllowed({PARTNER, BEHEERDER})
    public Response updateDienstCapaciteit(
            UUID id, CapaciteitInvoerDto invoer, UpdateDienstCapaciteitParameters headers) {
        Dienst dienst = service.werkCapaciteitBij(
                id, headers.ifMatch(), invoer.getPlaatsenBeschikbaar(), invoer.getWachttijdWeken());
        return Response.ok(dto(dienst)).tag(ETags.of(dienst.versie())).build();
    }

    private DienstDto dto(Dienst dienst) {
        return SocialeKaartMapper.dto(dienst, clock.instant(), config.capaciteitGeldig());
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER, BEHEERDER, PRIVACYFUNCTIONARIS, PARTNER, RAPPORTAGE})
    public Response getDienst(UUID id) {
        Dienst dienst = service.dienst(id);
        return Response.ok(dto(dienst)).tag(ETags.of(dienst.versie())).build();
    }

    @Override
    @RolesAllowed(BEHEERDER)
    public Response createDienst(DienstInvoerDto invoer) {
        Dienst dienst = service.voegDienstToe(SocialeKaartMapper.gegevens(invoer));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(dienst.id().toString())
                        .build())
                .entity(dto(dienst))
                .tag(ETags.of(dienst.versie()))
                .build();
    }

    @Override
    @RolesAllowed(BEHEERDER)
    public Response updateDienst(UUID id, DienstInvoerDto invoer, UpdateDienstParameters headers) {
        Dienst dienst = service.wijzigDienst(id, headers.ifMatch(), SocialeKaartMapper.gegevens(invoer));
        return Response.ok(dto(dienst)).tag(ETags.of(dienst.versie())).build();
    }

    @Override
    @RolesAllowed(BEHEERDER)
    public Response deleteDienst(UUID id) {
        service.verwijderDienst(id);
        return Response.noContent().build();
    }
}
