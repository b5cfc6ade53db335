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
import java.util.UUID;
import nl.vraagwijzer.api.DienstenApi;
import nl.vraagwijzer.api.model.DienstInvoerDto;
import nl.vraagwijzer.api.model.LeefgebiedDto;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PagedResponses;

/** The directory is open to every role for reading; only the beheerder changes it. */
public class DienstResource implements DienstenApi {

    private final SocialeKaartService service;

    @Context
    UriInfo uri;

    public DienstResource(SocialeKaartService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER, BEHEERDER, PRIVACYFUNCTIONARIS, PARTNER, RAPPORTAGE})
    public Response listDiensten(
            String naam,
            LeefgebiedDto leefgebied,
            String wijk,
            String gemeente,
            UUID organisatieId,
            Integer page,
            Integer pageSize) {
        DienstFilter filter = new DienstFilter(
                naam, leefgebied == null ? null : leefgebied.toString(), wijk, gemeente, organisatieId);
        return PagedResponses.ok(
                service.zoekDiensten(filter, PageRequest.of(page, pageSize)).map(SocialeKaartMapper::dto), uri);
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER, BEHEERDER, PRIVACYFUNCTIONARIS, PARTNER, RAPPORTAGE})
    public Response getDienst(UUID id) {
        Dienst dienst = service.dienst(id);
        return Response.ok(SocialeKaartMapper.dto(dienst))
                .tag(ETags.of(dienst.versie()))
                .build();
    }

    @Override
    @RolesAllowed(BEHEERDER)
    public Response createDienst(DienstInvoerDto invoer) {
        Dienst dienst = service.voegDienstToe(SocialeKaartMapper.gegevens(invoer));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(dienst.id().toString())
                        .build())
                .entity(SocialeKaartMapper.dto(dienst))
                .tag(ETags.of(dienst.versie()))
                .build();
    }

    @Override
    @RolesAllowed(BEHEERDER)
    public Response updateDienst(UUID id, DienstInvoerDto invoer, String ifMatch) {
        Dienst dienst = service.wijzigDienst(id, ifMatch, SocialeKaartMapper.gegevens(invoer));
        return Response.ok(SocialeKaartMapper.dto(dienst))
                .tag(ETags.of(dienst.versie()))
                .build();
    }

    @Override
    @RolesAllowed(BEHEERDER)
    public Response deleteDienst(UUID id) {
        service.verwijderDienst(id);
        return Response.noContent().build();
    }
}
