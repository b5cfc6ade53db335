package nl.vraagwijzer.voordeur;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.vraagwijzer.api.model.AfsluitredenDto;
import nl.vraagwijzer.api.model.ContactmomentDto;
import nl.vraagwijzer.api.model.HulpvraagDto;
import nl.vraagwijzer.api.model.HulpvraagInvoerDto;
import nl.vraagwijzer.api.model.HulpvraagStatusDto;
import nl.vraagwijzer.api.model.HulpvraagWijzigingDto;
import nl.vraagwijzer.api.model.InwonerAdresDto;
import nl.vraagwijzer.api.model.InwonerDto;
import nl.vraagwijzer.api.model.InwonerInvoerDto;
import nl.vraagwijzer.api.model.KanaalDto;
import nl.vraagwijzer.api.model.LeefgebiedDto;
import nl.vraagwijzer.api.model.TijdlijnItemDto;
import nl.vraagwijzer.api.model.UrgentieDto;
import nl.vraagwijzer.api.model.WettelijkKaderDto;
import nl.vraagwijzer.shared.adres.Adres;

/** Between the contract's DTOs and the front door's domain. */
final class VoordeurMapper {

    private VoordeurMapper() {}

    static InwonerGegevens gegevens(InwonerInvoerDto invoer) {
        InwonerAdresDto adres = invoer.getAdres();
        return new InwonerGegevens(
                invoer.getVoornamen(),
                invoer.getAchternaam(),
                invoer.getGeboortedatum(),
                invoer.getBsn(),
                adres == null
                        ? null
                        : new Adres(
                                adres.getStraat(),
                                adres.getHuisnummer(),
                                adres.getHuisnummertoevoeging(),
                                adres.getPostcode(),
                                adres.getPlaats()),
                invoer.getTelefoonnummer(),
                invoer.getEmailadres(),
                invoer.getVoorkeurstaal());
    }

    static InwonerDto dto(Inwoner inwoner) {
        InwonerGegevens gegevens = inwoner.gegevens();
        Adres adres = gegevens.adres();
        return new InwonerDto()
                .id(inwoner.id())
                .voornamen(gegevens.voornamen())
                .achternaam(gegevens.achternaam())
                .geboortedatum(gegevens.geboortedatum())
                .bsn(gegevens.bsn())
                .adres(
                        adres == null
                                ? null
                                : new InwonerAdresDto()
                                        .straat(adres.straat())
                                        .huisnummer(adres.huisnummer())
                                        .huisnummertoevoeging(adres.huisnummertoevoeging())
                                        .postcode(adres.postcode())
                                        .plaats(adres.plaats()))
                .wijk(inwoner.wijk())
                .telefoonnummer(gegevens.telefoonnummer())
                .emailadres(gegevens.emailadres())
                .voorkeurstaal(gegevens.voorkeurstaal())
                .aangemaaktOp(offset(inwoner.aangemaaktOp()))
                .gewijzigdOp(offset(inwoner.gewijzigdOp()));
    }

    static HulpvraagGegevens gegevens(HulpvraagInvoerDto invoer) {
        return new HulpvraagGegevens(
                invoer.getOmschrijving(),
                invoer.getLeefgebieden().stream().map(LeefgebiedDto::toString).toList(),
                WettelijkKader.van(invoer.getWettelijkKader().toString()),
                invoer.getUrgentie() == null
                        ? UrgentieDto.NORMAAL.toString()
                        : invoer.getUrgentie().toString(),
                invoer.getTeam(),
                invoer.getMedewerker(),
                Boolean.TRUE.equals(invoer.getVertrouwelijk()));
    }

    static HulpvraagGegevens gegevens(HulpvraagWijzigingDto wijziging) {
        return new HulpvraagGegevens(
                wijziging.getOmschrijving(),
                wijziging.getLeefgebieden().stream()
                        .map(LeefgebiedDto::toString)
                        .toList(),
                WettelijkKader.van(wijziging.getWettelijkKader().toString()),
                wijziging.getUrgentie().toString(),
                wijziging.getTeam(),
                wijziging.getMedewerker(),
                Boolean.TRUE.equals(wijziging.getVertrouwelijk()));
    }

    /**
     * A question as the caller may see it. With a pseudonym (role rapportage) the resident's id,
     * the free text and the staff member are left out.
     */
    static HulpvraagDto dto(Hulpvraag hulpvraag, LocalDate vandaag, String pseudoniem) {
        HulpvraagGegevens gegevens = hulpvraag.gegevens();
        HulpvraagDto dto = new HulpvraagDto()
                .id(hulpvraag.id())
                .kanaal(KanaalDto.fromValue(hulpvraag.kanaal()))
                .leefgebieden(gegevens.leefgebieden().stream()
                        .map(LeefgebiedDto::fromValue)
                        .toList())
                .wettelijkKader(
                        WettelijkKaderDto.fromValue(gegevens.wettelijkKader().code()))
                .urgentie(UrgentieDto.fromValue(gegevens.urgentie()))
                .team(gegevens.team())
                .vertrouwelijk(gegevens.vertrouwelijk())
                .status(HulpvraagStatusDto.fromValue(hulpvraag.status().code()))
                .afsluitreden(
                        hulpvraag.afsluitreden() == null ? null : AfsluitredenDto.fromValue(hulpvraag.afsluitreden()))
                .wijk(hulpvraag.wijk())
                .registratieDatum(hulpvraag.registratieDatum())
                .termijnDatum(hulpvraag.termijnDatum())
                .termijnVerlopen(hulpvraag.termijnVerlopen(vandaag))
                .aangemaaktOp(offset(hulpvraag.aangemaaktOp()))
                .gewijzigdOp(offset(hulpvraag.gewijzigdOp()));
        if (pseudoniem != null) {
            return dto.inwonerPseudoniem(pseudoniem);
        }
        return dto.inwonerId(hulpvraag.inwonerId())
                .omschrijving(gegevens.omschrijving())
                .medewerker(gegevens.medewerker());
    }

    static ContactmomentDto dto(Contactmoment contact) {
        return new ContactmomentDto()
                .id(contact.id())
                .hulpvraagId(contact.hulpvraagId())
                .datum(contact.datum())
                .kanaal(KanaalDto.fromValue(contact.kanaal()))
                .medewerker(contact.medewerker())
                .verslag(contact.verslag())
                .aangemaaktOp(offset(contact.aangemaaktOp()));
    }

    static TijdlijnItemDto dto(TijdlijnItem item) {
        return new TijdlijnItemDto()
                .soort(TijdlijnItemDto.SoortEnum.fromValue(item.soort()))
                .id(item.id())
                .hulpvraagId(item.hulpvraagId())
                .tijdstip(offset(item.tijdstip()))
                .samenvatting(item.samenvatting());
    }

    static OffsetDateTime offset(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
