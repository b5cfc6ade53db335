package nl.vraagwijzer.vroegsignalering;

import java.time.ZoneOffset;
import java.util.Optional;
import nl.vraagwijzer.api.model.ContactpogingDto;
import nl.vraagwijzer.api.model.ContactsoortDto;
import nl.vraagwijzer.api.model.DagdeelDto;
import nl.vraagwijzer.api.model.EindresultaatDto;
import nl.vraagwijzer.api.model.SignaalpartnertypeDto;
import nl.vraagwijzer.api.model.SignaalstatusDto;
import nl.vraagwijzer.api.model.VroegsignaalDto;
import nl.vraagwijzer.api.model.VroegsignaalzaakDto;

/** A case as the contract shows it, to its team and in a resident's access request. */
final class VroegsignaalzaakMapper {

    private VroegsignaalzaakMapper() {}

    static VroegsignaalzaakDto dto(Vroegsignaalzaak zaak, Optional<String> voorstel) {

        return new VroegsignaalzaakDto()
                .id(zaak.id())
                .inwonerId(zaak.inwonerId())
                .team(zaak.team())
                .wijk(zaak.wijk())
                .crisis(zaak.crisis())
                .matchingsdatum(zaak.matchingsdatum())
                .startdatumMatchingperiode(zaak.startMatchingperiode())
                .einddatumMatchingperiode(zaak.eindeMatchingperiode())
                .termijnDatum(zaak.termijnDatum())
                .datumOpgepakt(zaak.datumOpgepakt())
                .eindresultaat(zaak.eindresultaat() == null ? null : EindresultaatDto.fromValue(zaak.eindresultaat()))
                .voorgesteldEindresultaat(
                        voorstel.map(EindresultaatDto::fromValue).orElse(null))
                .hulpvraagId(zaak.hulpvraagId())
                .signalen(zaak.signalen().stream()
                        .map(signaal -> new VroegsignaalDto()
                                .id(signaal.id())
                                .organisatieId(signaal.organisatieId())
                                .soort(SignaalpartnertypeDto.fromValue(signaal.signaalpartner()))
                                .bedrag(signaal.bedrag().doubleValue())
                                .sinds(signaal.ontstaansdatum())
                                .signaaldatum(signaal.signaaldatum())
                                .crisissignaal(signaal.crisissignaal())
                                .warmeOverdracht(signaal.warmeOverdracht())
                                .herhaald(signaal.herhaald())
                                .status(SignaalstatusDto.fromValue(signaal.status()))
                                .ontvangenOp(signaal.ontvangenOp().atOffset(ZoneOffset.UTC)))
                        .toList())
                .contactpogingen(zaak.pogingen().stream()
                        .map(poging -> new ContactpogingDto()
                                .id(poging.id())
                                .soort(ContactsoortDto.fromValue(poging.soort()))
                                .datum(poging.datum())
                                .dagdeel(poging.dagdeel() == null ? null : DagdeelDto.fromValue(poging.dagdeel()))
                                .bereikt(poging.bereikt()))
                        .toList());
    }
}
