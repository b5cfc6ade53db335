package nl.vraagwijzer.stuurcijfers;

import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import nl.vraagwijzer.api.StuurcijfersApi;
import nl.vraagwijzer.api.model.CijferindelingDto;
import nl.vraagwijzer.api.model.CijferniveauDto;
import nl.vraagwijzer.api.model.CijferversheidDto;
import nl.vraagwijzer.api.model.PeriodesoortDto;
import nl.vraagwijzer.api.model.StuurcijferDto;
import nl.vraagwijzer.api.model.StuurcijfermaatstafDto;
import nl.vraagwijzer.api.model.StuurcijfersDto;
import nl.vraagwijzer.shared.cijfers.Cijferbron;
import nl.vraagwijzer.shared.export.Export;
import nl.vraagwijzer.shared.export.Kolom;

/** The figures municipalities steer by, per family: JSON for programs, CSV for spreadsheets. */
public class StuurcijferResource implements StuurcijfersApi {

    private static final List<Kolom<StuurcijferDto>> KOLOMMEN = List.of(
            new Kolom<>("gemeente", StuurcijferDto::getGemeente),
            new Kolom<>("niveau", StuurcijferDto::getNiveau),
            new Kolom<>("eenheid", StuurcijferDto::getEenheid),
            new Kolom<>("periode", StuurcijferDto::getPeriode),
            new Kolom<>("maatstaf", StuurcijferDto::getMaatstaf),
            new Kolom<>("categorie", StuurcijferDto::getCategorie),
            new Kolom<>("organisatie", StuurcijferDto::getOrganisatie),
            new Kolom<>("dienst", StuurcijferDto::getDienst),
            new Kolom<>("aantal", StuurcijferDto::getAantal),
            new Kolom<>("waarde", StuurcijferDto::getWaarde),
            new Kolom<>("mediaan", StuurcijferDto::getMediaan),
            new Kolom<>("percentiel90", StuurcijferDto::getPercentiel90),
            new Kolom<>("onderdrukt", StuurcijferDto::getOnderdrukt));

    private final StuurcijferService service;
    private final Export export;

    @Context
    HttpHeaders headers;

    public StuurcijferResource(StuurcijferService service, Export export) {
        this.service = service;
        this.export = export;
    }

    @Override
    @RolesAllowed({TEAMLEIDER, RAPPORTAGE})
    public Response getInzetcijfers(GetInzetcijfersParameters query) {
        return antwoord(
                Maatstaf.Familie.INZET,
                query.periode(),
                query.vanaf(),
                query.tot(),
                query.indeling(),
                query.team(),
                query.gemeenten(),
                false);
    }

    @Override
    @RolesAllowed({TEAMLEIDER, RAPPORTAGE})
    public Response getUitvoercijfers(GetUitvoercijfersParameters query) {
        return antwoord(
                Maatstaf.Familie.UITVOER,
                query.periode(),
                query.vanaf(),
                query.tot(),
                query.indeling(),
                query.team(),
                query.gemeenten(),
                Boolean.TRUE.equals(query.perDienst()));
    }

    @Override
    @RolesAllowed({TEAMLEIDER, RAPPORTAGE})
    public Response getEffectcijfers(GetEffectcijfersParameters query) {
        return antwoord(
                Maatstaf.Familie.EFFECT,
                query.periode(),
                query.vanaf(),
                query.tot(),
                query.indeling(),
                query.team(),
                query.gemeenten(),
                false);
    }

    private Response antwoord(
            Maatstaf.Familie familie,
            PeriodesoortDto periode,
            LocalDate vanaf,
            LocalDate tot,
            CijferindelingDto indeling,
            String team,
            Set<String> gemeenten,
            boolean perDienst) {
        StuurcijferService.Antwoord antwoord = service.cijfers(
                familie,
                periode == null ? null : periode.toString(),
                vanaf,
                tot,
                indeling == null ? null : indeling.toString(),
                team,
                gemeenten,
                perDienst);
        List<StuurcijferDto> cijfers =
                antwoord.cijfers().stream().map(StuurcijferResource::dto).toList();
        CijferversheidDto versheid = versheid(antwoord.versheid());
        antwoord.opgeslagen().ifPresent(stand -> versheid.opgeslagenTot(stand.tot())
                .opgeslagenOp(stand.berekendOp().atOffset(ZoneOffset.UTC)));
        Response.ResponseBuilder builder = Export.vraagtCsv(headers)
                ? Response.fromResponse(export.stroom(Export.CSV, KOLOMMEN, rij -> cijfers.forEach(rij)))
                : Response.ok(new StuurcijfersDto().versheid(versheid).cijfers(cijfers));
        return builder.header("Cijfers-Actueel-Op", versheid.getActueelOp())
                .header("Cijfers-Bron", versheid.getBron().value())
                .build();
    }

    private static CijferversheidDto versheid(Cijferbron.Versheid versheid) {
        return new CijferversheidDto()
                .bron(CijferversheidDto.BronEnum.fromValue(versheid.bron()))
                .berekendOp(versheid.berekendOp().atOffset(ZoneOffset.UTC))
                .actueelOp(versheid.actueelOp().atOffset(ZoneOffset.UTC))
                .achterstandSeconden(versheid.achterstandSeconden());
    }

    private static StuurcijferDto dto(Stuurcijfertabel.Cijfer cijfer) {
        Stuurcijfertabel.Sleutel sleutel = cijfer.sleutel();
        return new StuurcijferDto()
                .gemeente(sleutel.gemeente())
                .niveau(CijferniveauDto.fromValue(sleutel.niveau().name().toLowerCase(java.util.Locale.ROOT)))
                .eenheid(sleutel.eenheid())
                .periode(sleutel.periode().label())
                .maatstaf(StuurcijfermaatstafDto.fromValue(sleutel.maatstaf().code()))
                .categorie(sleutel.categorie())
                .organisatie(sleutel.organisatie())
                .dienst(sleutel.dienst())
                .aantal(cijfer.aantal())
                .waarde(cijfer.waarde())
                .mediaan(cijfer.mediaan())
                .percentiel90(cijfer.percentiel90())
                .onderdrukt(cijfer.onderdrukt());
    }
}
