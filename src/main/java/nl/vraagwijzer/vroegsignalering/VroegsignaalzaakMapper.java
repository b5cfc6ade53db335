package nl.vraagwijzer.vroegsignalering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.vraagwijzer.api.model.ContactpogingDto;
import nl.vraagwijzer.api.model.ContactsoortDto;
import nl.vraagwijzer.api.model.DagdeelDto;
import nl.vraagwijzer.api.model.EindresultaatDto;
import nl.vraagwijzer.api.model.SignaalpartnertypeDto;
import nl.vraagwijzer.api.model.SignaalstatusDto;
import nl.vraagwijzer.api.model.VolgendePogingDto;
import nl.vraagwijzer.api.model.VroegsignaalDto;
import nl.vraagwijzer.api.model.VroegsignaalzaakDto;
import nl.vraagwijzer.api.model.WerklijstregelDto;

/** A case as the contract shows it, to its team and in a resident's access request. */
final class VroegsignaalzaakMapper {

    private VroegsignaalzaakMapper() {}

    static VroegsignaalzaakDto dto(
            Vroegsignaalzaak zaak, Optional<String> voorstel, Optional<Vroegsignaalzaak.VolgendePoging> volgende) {

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
                        .toList())
                .volgendePoging(volgende.map(VroegsignaalzaakMapper::dto).orElse(null));
    }

    private static VolgendePogingDto dto(Vroegsignaalzaak.VolgendePoging poging) {
        return new VolgendePogingDto()
                .datum(poging.datum())
                .soort(ContactsoortDto.fromValue(poging.soort().code()))
                .dagdeel(
                        poging.dagdeel() == null
                                ? null
                                : DagdeelDto.fromValue(poging.dagdeel().code()));
    }

    /**
     * The case as one row of the work list's export; pseudonymised (no resident id, the pseudonym
     * instead) when {@code pseudoniem} is given.
     */
    static WerklijstregelDto regel(
            Vroegsignaalzaak zaak,
            LocalDate vandaag,
            Optional<String> voorstel,
            Optional<Vroegsignaalzaak.VolgendePoging> volgende,
            String pseudoniem) {
        Optional<Contactpoging> laatste = zaak.pogingen().isEmpty()
                ? Optional.empty()
                : Optional.of(zaak.pogingen().get(zaak.pogingen().size() - 1));
        return new WerklijstregelDto()
                .id(zaak.id())
                .inwonerId(pseudoniem == null ? zaak.inwonerId() : null)
                .inwonerPseudoniem(pseudoniem)
                .team(zaak.team())
                .wijk(zaak.wijk())
                .crisis(zaak.crisis())
                .matchingsdatum(zaak.matchingsdatum())
                .termijnDatum(zaak.termijnDatum())
                .termijnVerlopen(zaak.termijnDatum().isBefore(vandaag))
                .datumOpgepakt(zaak.datumOpgepakt())
                .signalen(zaak.signalen().size())
                .soorten(zaak.signalen().stream()
                        .map(Vroegsignaal::signaalpartner)
                        .distinct()
                        .collect(Collectors.joining(";")))
                .bedrag(zaak.signalen().stream()
                        .filter(signaal -> !signaal.herhaald())
                        .map(Vroegsignaal::bedrag)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .doubleValue())
                .contactpogingen(zaak.pogingen().size())
                .laatstePoging(laatste.map(Contactpoging::datum).orElse(null))
                .bereikt(zaak.pogingen().stream().anyMatch(poging -> Boolean.TRUE.equals(poging.bereikt())))
                .volgendePogingDatum(
                        volgende.map(Vroegsignaalzaak.VolgendePoging::datum).orElse(null))
                .volgendePogingSoort(volgende.map(poging ->
                                ContactsoortDto.fromValue(poging.soort().code()))
                        .orElse(null))
                .voorgesteldEindresultaat(
                        voorstel.map(EindresultaatDto::fromValue).orElse(null));
    }
}
