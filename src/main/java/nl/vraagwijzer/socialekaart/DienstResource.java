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
import nl.vraagwijzer.api.model.AanmeldwijzeDto;
import nl.vraagwijzer.api.model.CapaciteitInvoerDto;
import nl.vraagwijzer.api.model.DienstDto;
import nl.vraagwijzer.api.model.DienstInvoerDto;
import nl.vraagwijzer.api.model.LeefgebiedDto;
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
    public Response listDiensten(
            String q,
            String naam,
            LeefgebiedDto leefgebied,
            String doelgroep,
            AanmeldwijzeDto aanmeldwijze,
            Boolean collectief,
            String wijk,
            String postcode,
            String gemeente,
            UUID organisatieId,
            Integer page,
            Integer pageSize) {
        DienstFilter filter = DienstFilter.bouwer()
                .q(Zoekvraag.van(q))
                .naam(naam)
                .leefgebied(leefgebied == null ? null : leefgebied.toString())
                .doelgroep(doelgroep)
                .aanmeldwijze(aanmeldwijze == null ? null : aanmeldwijze.toString())
                .collectief(collectief)
                .wijk(wijk)
                .gemeente(gemeente)
                .organisatieId(organisatieId)
                .build();
        return PagedResponses.ok(
                service.zoekDiensten(filter, postcode, PageRequest.of(page, pageSize))
                        .map(this::dto),
                uri);
    }

    @Override
    @RolesAllowed({PARTNER, BEHEERDER})
    public Response updateDienstCapaciteit(UUID id, CapaciteitInvoerDto invoer, String ifMatch) {
        Dienst dienst =
                service.werkCapaciteitBij(id, ifMatch, invoer.getPlaatsenBeschikbaar(), invoer.getWachttijdWeken());
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
    public Response updateDienst(UUID id, DienstInvoerDto invoer, String ifMatch) {
        Dienst dienst = service.wijzigDienst(id, ifMatch, SocialeKaartMapper.gegevens(invoer));
        return Response.ok(dto(dienst)).tag(ETags.of(dienst.versie())).build();
    }

    @Override
    @RolesAllowed(BEHEERDER)
    public Response deleteDienst(UUID id) {
        service.verwijderDienst(id);
        return Response.noContent().build();
    }
}
