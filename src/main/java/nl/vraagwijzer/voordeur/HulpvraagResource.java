package nl.vraagwijzer.voordeur;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.api.HulpvragenApi;
import nl.vraagwijzer.api.model.ContactmomentInvoerDto;
import nl.vraagwijzer.api.model.HulpvraagDto;
import nl.vraagwijzer.api.model.HulpvraagInvoerDto;
import nl.vraagwijzer.api.model.HulpvraagWijzigingDto;
import nl.vraagwijzer.api.model.StatuswijzigingInvoerDto;
import nl.vraagwijzer.shared.export.Export;
import nl.vraagwijzer.shared.export.Pseudoniemen;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PagedResponses;

/** Questions, their status, contacts, and the open-case list with its exports. */
public class HulpvraagResource implements HulpvragenApi {

    private final HulpvraagService service;
    private final Export export;
    private final Pseudoniemen pseudoniemen;
    private final Toegang toegang;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    public HulpvraagResource(HulpvraagService service, Export export, Pseudoniemen pseudoniemen, Toegang toegang) {
        this.service = service;
        this.export = export;
        this.pseudoniemen = pseudoniemen;
        this.toegang = toegang;
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER, RAPPORTAGE})
    public Response listHulpvragen(ListHulpvragenParameters query) {
        HulpvraagZoekopdracht zoekopdracht = HulpvraagZoekopdracht.bouwer()
                .status(code(query.status()))
                .team(query.team())
                .medewerker(query.medewerker())
                .leefgebied(code(query.leefgebied()))
                .kanaal(code(query.kanaal()))
                .wettelijkKader(code(query.wettelijkKader()))
                .wijk(query.wijk())
                .termijnVerlopen(query.termijnVerlopen())
                .termijnVoor(query.termijnVoor())
                .aangemaaktVanaf(query.aangemaaktVanaf())
                .aangemaaktTot(query.aangemaaktTot())
                .sortering(HulpvraagSortering.Richting.van(code(query.sorteer())))
                .build();
        return lijst(zoekopdracht, query.page(), query.pageSize(), query.cursor());
    }

    /** The list as the client asked for it: an export stream, a cursor page or a numbered page. */
    private Response lijst(HulpvraagZoekopdracht zoekopdracht, Integer page, Integer pageSize, String cursor) {
        boolean pseudoniem = toegang.isRapportage();
        LocalDate vandaag = service.vandaag();
        Optional<String> stroom = Export.gevraagd(headers);
        if (stroom.isPresent()) {
            return exporteer(zoekopdracht, stroom.get(), vandaag, pseudoniem);
        }
        if (cursor != null || PagedResponses.vraagtCursor(uri)) {
            return PagedResponses.ok(
                    service.zoekNa(
                                    zoekopdracht,
                                    PagedResponses.cursor(cursor),
                                    PageRequest.of(1, pageSize).pageSize())
                            .map(vraag -> dto(vraag, vandaag, pseudoniem)),
                    uri);
        }
        return PagedResponses.ok(
                service.zoek(zoekopdracht, PageRequest.of(page, pageSize))
                        .map(vraag -> dto(vraag, vandaag, pseudoniem)),
                uri);
    }

    private Response exporteer(
            HulpvraagZoekopdracht zoekopdracht, String stroom, LocalDate vandaag, boolean pseudoniem) {
        service.vereisExportRuimte();
        return export.stroom(
                stroom,
                HulpvraagExport.kolommen(pseudoniem),
                rij -> service.exporteer(zoekopdracht, vraag -> rij.accept(dto(vraag, vandaag, pseudoniem))));
    }

    @Override
    @RolesAllowed(BALIEMEDEWERKER)
    public Response createHulpvraag(HulpvraagInvoerDto invoer, CreateHulpvraagParameters headers) {
        Hulpvraag hulpvraag = service.registreer(
                invoer.getInwonerId(), invoer.getKanaal().toString(), VoordeurMapper.gegevens(invoer));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(hulpvraag.id().toString())
                        .build())
                .entity(dto(hulpvraag, service.vandaag(), false))
                .tag(ETags.of(hulpvraag.versie()))
                .build();
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER})
    public Response getHulpvraag(UUID id, GetHulpvraagParameters headers) {
        return metETag(service.lees(id, headers.xDoorbraakReden()));
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response updateHulpvraag(UUID id, HulpvraagWijzigingDto wijziging, UpdateHulpvraagParameters headers) {
        return metETag(service.wijzig(id, headers.ifMatch(), VoordeurMapper.gegevens(wijziging)));
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response createStatuswijziging(
            UUID id, StatuswijzigingInvoerDto invoer, CreateStatuswijzigingParameters headers) {
        return metETag(service.wijzigStatus(
                id,
                headers.ifMatch(),
                HulpvraagStatus.van(invoer.getStatus().toString()),
                invoer.getReden(),
                code(invoer.getAfsluitreden())));
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER})
    public Response listContactmomenten(UUID id, ListContactmomentenParameters headers) {
        return Response.ok(service.contactmomenten(id).stream()
                        .map(VoordeurMapper::dto)
                        .toList())
                .build();
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER})
    public Response createContactmoment(UUID id, ContactmomentInvoerDto invoer, CreateContactmomentParameters headers) {
        Contactmoment contact = service.legContactmomentVast(
                id, invoer.getDatum(), invoer.getKanaal().toString(), invoer.getVerslag());
        return Response.status(Response.Status.CREATED)
                .entity(VoordeurMapper.dto(contact))
                .build();
    }

    private Response metETag(Hulpvraag hulpvraag) {
        return Response.ok(dto(hulpvraag, service.vandaag(), false))
                .tag(ETags.of(hulpvraag.versie()))
                .build();
    }

    private HulpvraagDto dto(Hulpvraag hulpvraag, LocalDate vandaag, boolean pseudoniem) {
        return VoordeurMapper.dto(hulpvraag, vandaag, pseudoniem ? pseudoniemen.van(hulpvraag.inwonerId()) : null);
    }

    private static String code(Object waarde) {
        return waarde == null ? null : waarde.toString();
    }
}
