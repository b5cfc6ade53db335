package nl.vraagwijzer.voordeur;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.vraagwijzer.api.InwonersApi;
import nl.vraagwijzer.api.model.InwonerInvoerDto;
import nl.vraagwijzer.api.model.InwonerZoekvraagDto;
import nl.vraagwijzer.shared.http.ETags;

/** Residents. The X-Doelbinding header is read for the access log by {@code Aanroeper}. */
public class InwonerResource implements InwonersApi {

    private final InwonerService inwoners;
    private final HulpvraagService hulpvragen;

    @Context
    UriInfo uri;

    public InwonerResource(InwonerService inwoners, HulpvraagService hulpvragen) {
        this.inwoners = inwoners;
        this.hulpvragen = hulpvragen;
    }

    @Override
    @RolesAllowed(BALIEMEDEWERKER)
    public Response createInwoner(InwonerInvoerDto invoer, CreateInwonerParameters headers) {
        Inwoner inwoner = inwoners.registreer(VoordeurMapper.gegevens(invoer));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(inwoner.id().toString())
                        .build())
                .entity(VoordeurMapper.dto(inwoner))
                .tag(ETags.of(inwoner.versie()))
                .build();
    }

    @Override
    @RolesAllowed(BALIEMEDEWERKER)
    public Response zoekInwoners(InwonerZoekvraagDto zoekvraag, ZoekInwonersParameters headers) {
        return Response.ok(inwoners.zoekOpBsn(zoekvraag.getBsn()).stream()
                        .map(VoordeurMapper::dto)
                        .toList())
                .build();
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER})
    public Response getInwoner(UUID id, GetInwonerParameters headers) {
        Inwoner inwoner = inwoners.lees(id);
        return Response.ok(VoordeurMapper.dto(inwoner))
                .tag(ETags.of(inwoner.versie()))
                .build();
    }

    @Override
    @RolesAllowed(BALIEMEDEWERKER)
    public Response updateInwoner(UUID id, InwonerInvoerDto invoer, UpdateInwonerParameters headers) {
        Inwoner inwoner = inwoners.wijzig(id, headers.ifMatch(), VoordeurMapper.gegevens(invoer));
        return Response.ok(VoordeurMapper.dto(inwoner))
                .tag(ETags.of(inwoner.versie()))
                .build();
    }

    @Override
    @RolesAllowed(PRIVACYFUNCTIONARIS)
    public Response getInzageverzoek(UUID id, GetInzageverzoekParameters headers) {
        java.time.LocalDate vandaag = hulpvragen.vandaag();
        return Response.ok(inwoners.inzage(id, vraag -> VoordeurMapper.dto(vraag, vandaag, null)))
                .build();
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER})
    public Response getTijdlijn(UUID id, GetTijdlijnParameters headers) {
        return Response.ok(hulpvragen.tijdlijn(id).stream()
                        .map(VoordeurMapper::dto)
                        .toList())
                .build();
    }
}
