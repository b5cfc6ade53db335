package nl.vraagwijzer.verwijzing;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import nl.vraagwijzer.api.model.GedeeldDto;
import nl.vraagwijzer.api.model.LeefgebiedDto;
import nl.vraagwijzer.api.model.ToestemmingDto;
import nl.vraagwijzer.api.model.UrgentieDto;
import nl.vraagwijzer.api.model.VerwijzingDto;
import nl.vraagwijzer.api.model.VerwijzingInvoerDto;
import nl.vraagwijzer.api.model.VerwijzingStatusDto;
import nl.vraagwijzer.api.model.WettelijkeGrondslagDto;
import nl.vraagwijzer.api.model.ZrmScoreDto;

/** Between the contract's DTOs and the referral domain. */
final class VerwijzingMapper {

    private VerwijzingMapper() {}

    static Verwijzing.Aanvraag aanvraag(VerwijzingInvoerDto invoer) {
        GedeeldDto gedeeld = invoer.getGedeeld();
        return Verwijzing.Aanvraag.bouwer()
                .hulpvraagId(invoer.getHulpvraagId())
                .onderliggendeVraag(invoer.getOnderliggendeVraag())
                .dienstId(invoer.getDienstId())
                .reden(invoer.getReden())
                .urgentie(
                        invoer.getUrgentie() == null
                                ? UrgentieDto.NORMAAL.toString()
                                : invoer.getUrgentie().toString())
                .gedeeld(
                        gedeeld == null
                                ? new Gedeeld(null, List.of(), List.of())
                                : new Gedeeld(
                                        gedeeld.getSamenvatting(),
                                        map(gedeeld.getLeefgebieden(), Object::toString),
                                        map(
                                                gedeeld.getScores(),
                                                s -> new Gedeeld.Score(
                                                        s.getLeefgebied().toString(), s.getScore()))))
                .toestemmingId(invoer.getToestemmingId())
                .wettelijkeGrondslag(
                        invoer.getWettelijkeGrondslag() == null
                                ? null
                                : invoer.getWettelijkeGrondslag().toString())
                .rechtvaardiging(invoer.getRechtvaardiging())
                .build();
    }

    static VerwijzingDto dto(VerwijzingService.Zicht zicht) {
        Verwijzing v = zicht.verwijzing();
        VerwijzingDto dto = new VerwijzingDto()
                .id(v.id())
                .gemeente(v.gemeente())
                .hulpvraagId(v.hulpvraagId())
                .onderliggendeVraag(v.onderliggendeVraag())
                .dienstId(v.dienstId())
                .organisatieId(v.organisatieId())
                .reden(v.reden())
                .urgentie(UrgentieDto.fromValue(v.urgentie()))
                .toestemmingId(v.toestemmingId())
                .wettelijkeGrondslag(
                        v.wettelijkeGrondslag() == null
                                ? null
                                : WettelijkeGrondslagDto.fromValue(v.wettelijkeGrondslag()))
                .status(VerwijzingStatusDto.fromValue(v.status().code()))
                .statusReden(v.statusReden())
                .verwachteStart(v.verwachteStart())
                .resultaat(v.resultaat())
                .overbrugging(v.overbrugging())
                .verzondenOp(v.verzondenOp().atOffset(ZoneOffset.UTC))
                .reactieDatum(v.reactieDatum())
                .reactietermijnVerlopen(v.reactietermijnVerlopen(zicht.vandaag()));
        if (zicht.gedeeldZichtbaar()) {
            Gedeeld g = v.gedeeld();
            dto.gedeeld(new GedeeldDto()
                    .samenvatting(g.samenvatting())
                    .leefgebieden(new java.util.LinkedHashSet<>(map(g.leefgebieden(), LeefgebiedDto::fromValue)))
                    .scores(map(g.scores(), s -> new ZrmScoreDto()
                            .leefgebied(LeefgebiedDto.fromValue(s.leefgebied()))
                            .score(s.score()))));
        }
        return dto;
    }

    static ToestemmingDto dto(Toestemming t, java.time.LocalDate vandaag) {
        return new ToestemmingDto()
                .id(t.id())
                .inwonerId(t.inwonerId())
                .organisatieId(t.organisatieId())
                .doel(t.doel())
                .datum(t.datum())
                .vorm(ToestemmingDto.VormEnum.fromValue(t.vorm()))
                .geldigTot(t.geldigTot())
                .ingetrokkenOp(
                        t.ingetrokkenOp() == null ? null : t.ingetrokkenOp().atOffset(ZoneOffset.UTC))
                .geldig(t.geldigOp(vandaag));
    }

    private static <A, B> List<B> map(Collection<A> lijst, Function<A, B> functie) {
        return lijst == null ? List.of() : lijst.stream().map(functie).toList();
    }
}
