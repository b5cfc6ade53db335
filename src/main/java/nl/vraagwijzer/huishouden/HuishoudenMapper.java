package nl.vraagwijzer.huishouden;

import java.time.ZoneOffset;
import java.util.UUID;
import nl.vraagwijzer.api.model.HuishoudenDto;
import nl.vraagwijzer.api.model.HuishoudenoverzichtDto;
import nl.vraagwijzer.api.model.HuishoudlidDto;
import nl.vraagwijzer.api.model.HuishoudrelatieDto;
import nl.vraagwijzer.api.model.LeefgebiedDto;
import nl.vraagwijzer.api.model.LidoverzichtDto;
import nl.vraagwijzer.api.model.LidoverzichtHulpvragenInnerDto;
import nl.vraagwijzer.api.model.LidoverzichtVerwijzingenInnerDto;
import nl.vraagwijzer.api.model.VertrekredenDto;
import nl.vraagwijzer.api.model.VerwijzingStatusDto;
import nl.vraagwijzer.api.model.WettelijkKaderDto;
import nl.vraagwijzer.api.model.ZrmStandDto;

/** Households as the contract shows them. */
final class HuishoudenMapper {

    private HuishoudenMapper() {}

    static HuishoudenDto dto(Huishouden huishouden) {
        return new HuishoudenDto()
                .id(huishouden.id())
                .leden(huishouden.huidige().stream().map(HuishoudenMapper::dto).toList())
                .geschiedenis(huishouden.geschiedenis().stream()
                        .map(HuishoudenMapper::dto)
                        .toList())
                .aangemaaktOp(huishouden.aangemaaktOp().atOffset(ZoneOffset.UTC))
                .gewijzigdOp(huishouden.gewijzigdOp().atOffset(ZoneOffset.UTC));
    }

    private static HuishoudlidDto dto(Huishoudlid lid) {
        return new HuishoudlidDto()
                .inwonerId(lid.inwonerId())
                .relatie(HuishoudrelatieDto.fromValue(lid.relatie()))
                .vanaf(lid.vanaf())
                .tot(lid.tot())
                .vertrekreden(lid.vertrekreden() == null ? null : VertrekredenDto.fromValue(lid.vertrekreden()));
    }

    static HuishoudenoverzichtDto dto(HuishoudenService.Overzicht overzicht) {
        return new HuishoudenoverzichtDto()
                .id(overzicht.huishouden().id())
                .ondersteuningsplanId(overzicht.plan().orElse(null))
                .leden(overzicht.huishouden().huidige().stream()
                        .map(lid -> lid(lid, overzicht))
                        .toList());
    }

    private static LidoverzichtDto lid(Huishoudlid lid, HuishoudenService.Overzicht overzicht) {
        UUID inwoner = lid.inwonerId();
        return new LidoverzichtDto()
                .inwonerId(inwoner)
                .relatie(HuishoudrelatieDto.fromValue(lid.relatie()))
                .vanaf(lid.vanaf())
                .hulpvragen(overzicht.hulpvragen().stream()
                        .filter(vraag -> vraag.inwonerId().equals(inwoner))
                        .map(vraag -> new LidoverzichtHulpvragenInnerDto()
                                .id(vraag.id())
                                .team(vraag.team())
                                .wettelijkKader(WettelijkKaderDto.fromValue(vraag.wettelijkKader()))
                                .leefgebieden(vraag.leefgebieden().stream()
                                        .map(LeefgebiedDto::fromValue)
                                        .toList()))
                        .toList())
                .zrm(overzicht.scores().stream()
                        .filter(stand -> stand.inwonerId().equals(inwoner))
                        .map(stand -> new ZrmStandDto()
                                .leefgebied(LeefgebiedDto.fromValue(stand.leefgebied()))
                                .score(stand.score())
                                .datum(stand.datum())
                                .hulpvraagId(stand.hulpvraagId()))
                        .toList())
                .verwijzingen(overzicht.verwijzingen().stream()
                        .filter(verwijzing -> verwijzing.inwonerId().equals(inwoner))
                        .map(verwijzing -> new LidoverzichtVerwijzingenInnerDto()
                                .id(verwijzing.id())
                                .hulpvraagId(verwijzing.hulpvraagId())
                                .organisatieId(verwijzing.organisatieId())
                                .dienstId(verwijzing.dienstId())
                                .status(VerwijzingStatusDto.fromValue(verwijzing.status())))
                        .toList());
    }
}
