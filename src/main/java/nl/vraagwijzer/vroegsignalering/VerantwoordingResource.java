package nl.vraagwijzer.vroegsignalering;

import static nl.vraagwijzer.shared.security.Rollen.DDAS_AANLEVERING;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.vraagwijzer.api.VroegsignaleringsverantwoordingApi;
import nl.vraagwijzer.api.model.VroegsignaleringscijferDto;
import nl.vraagwijzer.api.model.VroegsignaleringsmaatstafDto;
import nl.vraagwijzer.shared.export.Export;
import nl.vraagwijzer.shared.export.Kolom;

/** What a gemeente accounts for: the monitor figures, and the DDAS delivery to CBS. */
public class VerantwoordingResource implements VroegsignaleringsverantwoordingApi {

    private static final List<Kolom<VroegsignaleringscijferDto>> KOLOMMEN = List.of(
            new Kolom<>("gemeente", VroegsignaleringscijferDto::getGemeente),
            new Kolom<>("team", VroegsignaleringscijferDto::getTeam),
            new Kolom<>("maand", VroegsignaleringscijferDto::getMaand),
            new Kolom<>("maatstaf", VroegsignaleringscijferDto::getMaatstaf),
            new Kolom<>("categorie", VroegsignaleringscijferDto::getCategorie),
            new Kolom<>("aantal", VroegsignaleringscijferDto::getAantal),
            new Kolom<>("waarde", VroegsignaleringscijferDto::getWaarde),
            new Kolom<>("onderdrukt", VroegsignaleringscijferDto::getOnderdrukt));

    private final Vroegsignaleringsmonitor monitor;
    private final DdasLevering ddas;
    private final Export export;

    @Context
    HttpHeaders headers;

    public VerantwoordingResource(Vroegsignaleringsmonitor monitor, DdasLevering ddas, Export export) {
        this.monitor = monitor;
        this.ddas = ddas;
        this.export = export;
    }

    @Override
    @RolesAllowed({TEAMLEIDER, RAPPORTAGE})
    public Response getVroegsignaleringsmonitor(GetVroegsignaleringsmonitorParameters query) {
        List<VroegsignaleringscijferDto> cijfers =
                monitor.cijfers(query.vanaf(), query.tot(), query.team(), query.gemeenten()).stream()
                        .map(VerantwoordingResource::dto)
                        .toList();
        if (Export.vraagtCsv(headers)) {
            return export.stroom(Export.CSV, KOLOMMEN, rij -> cijfers.forEach(rij));
        }
        return Response.ok(cijfers).build();
    }

    @Override
    @RolesAllowed(DDAS_AANLEVERING)
    public Response getDdasLevering(GetDdasLeveringParameters query) {
        return Response.ok(ddas.levering(query.startdatum(), query.einddatum(), query.gemeenten()))
                .header("Cache-Control", "no-store")
                .build();
    }

    private static VroegsignaleringscijferDto dto(Vroegsignaleringsmonitor.Cijfer cijfer) {
        return new VroegsignaleringscijferDto()
                .gemeente(cijfer.gemeente())
                .team(cijfer.team())
                .maand(cijfer.maand())
                .maatstaf(VroegsignaleringsmaatstafDto.fromValue(cijfer.maatstaf()))
                .categorie(cijfer.categorie())
                .aantal(cijfer.aantal())
                .waarde(cijfer.waarde())
                .onderdrukt(cijfer.onderdrukt());
    }
}
