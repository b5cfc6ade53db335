package nl.vraagwijzer.vroegsignalering;

import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.api.VroegsignaleringApi;
import nl.vraagwijzer.api.model.AfsluitingInvoerDto;
import nl.vraagwijzer.api.model.ContactpogingInvoerDto;
import nl.vraagwijzer.api.model.VroegsignaalzaakDto;
import nl.vraagwijzer.api.model.WerklijstregelDto;
import nl.vraagwijzer.shared.export.Export;
import nl.vraagwijzer.shared.export.Kolom;
import nl.vraagwijzer.shared.export.Pseudoniemen;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PagedResponses;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;

/** The outreach team's cases of early signals: its work list, contact attempts and end results. */
public class VroegsignaalzaakResource implements VroegsignaleringApi {

    /** The columns of the export, in the contract's order ({@code Werklijstregel}). */
    private static final List<Kolom<WerklijstregelDto>> KOLOMMEN = List.of(
            new Kolom<>("id", WerklijstregelDto::getId),
            new Kolom<>("inwonerId", WerklijstregelDto::getInwonerId),
            new Kolom<>("inwonerPseudoniem", WerklijstregelDto::getInwonerPseudoniem),
            new Kolom<>("team", WerklijstregelDto::getTeam),
            new Kolom<>("wijk", WerklijstregelDto::getWijk),
            new Kolom<>("crisis", WerklijstregelDto::getCrisis),
            new Kolom<>("matchingsdatum", WerklijstregelDto::getMatchingsdatum),
            new Kolom<>("termijnDatum", WerklijstregelDto::getTermijnDatum),
            new Kolom<>("termijnVerlopen", WerklijstregelDto::getTermijnVerlopen),
            new Kolom<>("datumOpgepakt", WerklijstregelDto::getDatumOpgepakt),
            new Kolom<>("signalen", WerklijstregelDto::getSignalen),
            new Kolom<>("soorten", WerklijstregelDto::getSoorten),
            new Kolom<>("bedrag", WerklijstregelDto::getBedrag),
            new Kolom<>("contactpogingen", WerklijstregelDto::getContactpogingen),
            new Kolom<>("laatstePoging", WerklijstregelDto::getLaatstePoging),
            new Kolom<>("bereikt", WerklijstregelDto::getBereikt),
            new Kolom<>("volgendePogingDatum", WerklijstregelDto::getVolgendePogingDatum),
            new Kolom<>("volgendePogingSoort", WerklijstregelDto::getVolgendePogingSoort),
            new Kolom<>("voorgesteldEindresultaat", WerklijstregelDto::getVoorgesteldEindresultaat));

    private final VroegsignaleringService service;
    private final Export export;
    private final Pseudoniemen pseudoniemen;
    private final Aanroeper aanroeper;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    public VroegsignaalzaakResource(
            VroegsignaleringService service, Export export, Pseudoniemen pseudoniemen, Aanroeper aanroeper) {
        this.service = service;
        this.export = export;
        this.pseudoniemen = pseudoniemen;
        this.aanroeper = aanroeper;
    }

    private static List<Kolom<WerklijstregelDto>> kolommen(boolean pseudoniem) {
        return KOLOMMEN.stream()
                .filter(kolom -> !kolom.naam().equals(pseudoniem ? "inwonerId" : "inwonerPseudoniem"))
                .toList();
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER, RAPPORTAGE})
    public Response listVroegsignaalzaken(ListVroegsignaalzakenParameters query) {
        VroegsignaleringService.Werklijstvraag vraag = new VroegsignaleringService.Werklijstvraag(
                query.team(),
                query.wijk(),
                query.soort() == null ? null : query.soort().toString(),
                query.termijnVerlopen());
        boolean rapportage = aanroeper.heeftRol(RAPPORTAGE);
        Optional<String> stroom = Export.gevraagd(headers);
        if (stroom.isPresent()) {
            LocalDate vandaag = service.vandaag();
            return export.stroom(
                    stroom.get(),
                    kolommen(rapportage),
                    rij -> service.exporteer(
                            vraag,
                            zaak -> rij.accept(VroegsignaalzaakMapper.regel(
                                    zaak,
                                    vandaag,
                                    service.voorstel(zaak),
                                    service.volgendePoging(zaak),
                                    rapportage ? pseudoniemen.van(zaak.inwonerId()) : null))));
        }
        if (rapportage) {
            throw new ApiProblem(
                    406,
                    "De rol rapportage krijgt de werklijst alleen gepseudonimiseerd, als text/csv of application/x-ndjson.");
        }
        if (query.cursor() != null || PagedResponses.vraagtCursor(uri)) {
            return PagedResponses.ok(
                    service.werklijstNa(
                                    vraag,
                                    PagedResponses.cursor(query.cursor()),
                                    PageRequest.of(1, query.pageSize()).pageSize())
                            .map(this::dto),
                    uri);
        }
        return PagedResponses.ok(
                service.werklijst(vraag, PageRequest.of(query.page(), query.pageSize()))
                        .map(this::dto),
                uri);
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response getVroegsignaalzaak(UUID id, GetVroegsignaalzaakParameters headers) {
        return Response.ok(dto(service.lees(id))).build();
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response createContactpoging(UUID id, ContactpogingInvoerDto invoer, CreateContactpogingParameters headers) {
        Vroegsignaalzaak zaak = service.probeer(
                id,
                invoer.getSoort().toString(),
                invoer.getDatum(),
                invoer.getTijd() == null ? null : LocalTime.parse(invoer.getTijd()),
                invoer.getDagdeel() == null ? null : invoer.getDagdeel().toString(),
                invoer.getBereikt());
        return Response.created(uri.getBaseUriBuilder()
                        .path("vroegsignaalzaken")
                        .path(zaak.id().toString())
                        .build())
                .entity(dto(zaak))
                .build();
    }

    @Override
    @RolesAllowed({PROFESSIONAL, TEAMLEIDER})
    public Response createAfsluiting(UUID id, AfsluitingInvoerDto invoer, CreateAfsluitingParameters headers) {
        return Response.ok(dto(service.sluit(id, invoer.getEindresultaat().toString())))
                .build();
    }

    private VroegsignaalzaakDto dto(Vroegsignaalzaak zaak) {
        return VroegsignaalzaakMapper.dto(zaak, service.voorstel(zaak), service.volgendePoging(zaak));
    }
}
