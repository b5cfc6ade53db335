package nl.vraagwijzer.socialekaart;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import nl.vraagwijzer.api.model.AanmeldwijzeDto;
import nl.vraagwijzer.api.model.AdresDto;
import nl.vraagwijzer.api.model.CapaciteitDto;
import nl.vraagwijzer.api.model.CollectieveVoorzieningDto;
import nl.vraagwijzer.api.model.ContactgegevensDto;
import nl.vraagwijzer.api.model.DienstDto;
import nl.vraagwijzer.api.model.DienstInvoerDto;
import nl.vraagwijzer.api.model.LeefgebiedDto;
import nl.vraagwijzer.api.model.LocatieDto;
import nl.vraagwijzer.api.model.OpeningstijdDto;
import nl.vraagwijzer.api.model.OrganisatieDto;
import nl.vraagwijzer.api.model.OrganisatieInvoerDto;
import nl.vraagwijzer.api.model.WeekdagDto;
import nl.vraagwijzer.shared.adres.Adres;

/** Between the contract's DTOs and the directory's domain. Entities never leave through the API. */
final class SocialeKaartMapper {

    private SocialeKaartMapper() {}

    static OrganisatieGegevens gegevens(OrganisatieInvoerDto invoer) {
        return new OrganisatieGegevens(
                invoer.getNaam(),
                invoer.getOmschrijving(),
                invoer.getKvkNummer(),
                invoer.getWebsite(),
                invoer.getTelefoonnummer(),
                invoer.getEmailadres(),
                adres(invoer.getAdres()),
                gemeenten(invoer.getGemeenten()));
    }

    static OrganisatieDto dto(Organisatie organisatie) {
        OrganisatieGegevens gegevens = organisatie.gegevens();
        return new OrganisatieDto()
                .id(organisatie.id())
                .naam(gegevens.naam())
                .omschrijving(gegevens.omschrijving())
                .kvkNummer(gegevens.kvkNummer())
                .website(gegevens.website())
                .telefoonnummer(gegevens.telefoonnummer())
                .emailadres(gegevens.emailadres())
                .adres(adresDto(gegevens.adres()))
                .gemeenten(gegevens.gemeenten())
                .aangemaaktOp(offset(organisatie.aangemaaktOp()))
                .gewijzigdOp(offset(organisatie.gewijzigdOp()));
    }

    static DienstGegevens gegevens(DienstInvoerDto invoer) {
        return new DienstGegevens(
                invoer.getOrganisatieId(),
                invoer.getNaam(),
                invoer.getOmschrijving(),
                invoer.getLeefgebieden().stream().map(LeefgebiedDto::toString).toList(),
                invoer.getDoelgroepen() == null ? List.of() : List.copyOf(invoer.getDoelgroepen()),
                gemeenten(invoer.getGemeenten()),
                invoer.getWijken() == null ? List.of() : List.copyOf(invoer.getWijken()),
                invoer.getAanmeldwijze().toString(),
                contact(invoer.getContact()),
                invoer.getReactietermijnWerkdagen() == null ? 5 : invoer.getReactietermijnWerkdagen(),
                invoer.getTrefwoorden() == null
                        ? List.of()
                        : invoer.getTrefwoorden().stream().sorted().toList(),
                collectief(invoer.getCollectief()));
    }

    /** The service with its capacity marked stale when older than {@code geldig} at {@code nu}. */
    static DienstDto dto(Dienst dienst, Instant nu, Duration geldig) {
        return dto(dienst)
                .capaciteit(dienst.capaciteit()
                        .map(c -> new CapaciteitDto()
                                .plaatsenBeschikbaar(c.plaatsenBeschikbaar())
                                .wachttijdWeken(c.wachttijdWeken())
                                .bijgewerktOp(offset(c.bijgewerktOp()))
                                .verouderd(c.verouderd(nu, geldig)))
                        .orElse(null));
    }

    private static DienstDto dto(Dienst dienst) {
        DienstGegevens gegevens = dienst.gegevens();
        return new DienstDto()
                .id(dienst.id())
                .organisatieId(gegevens.organisatieId())
                .naam(gegevens.naam())
                .omschrijving(gegevens.omschrijving())
                .leefgebieden(gegevens.leefgebieden().stream()
                        .map(LeefgebiedDto::fromValue)
                        .toList())
                .doelgroepen(gegevens.doelgroepen())
                .gemeenten(gegevens.gemeenten())
                .wijken(gegevens.wijken())
                .aanmeldwijze(AanmeldwijzeDto.fromValue(gegevens.aanmeldwijze()))
                .contact(contactDto(gegevens.contact()))
                .reactietermijnWerkdagen(gegevens.reactietermijnWerkdagen())
                .trefwoorden(gegevens.trefwoorden())
                .collectief(collectiefDto(gegevens.collectief()))
                .aangemaaktOp(offset(dienst.aangemaaktOp()))
                .gewijzigdOp(offset(dienst.gewijzigdOp()));
    }

    private static Collectief collectief(CollectieveVoorzieningDto dto) {
        if (dto == null) {
            return null;
        }
        LocatieDto locatie = dto.getLocatie();
        return new Collectief(
                dto.getSoort().toString(),
                Boolean.TRUE.equals(dto.getKosteloos()),
                locatie == null ? null : locatie.getNaam(),
                locatie == null ? null : adres(locatie.getAdres()),
                dto.getOpeningstijden() == null
                        ? List.of()
                        : dto.getOpeningstijden().stream()
                                .map(o -> new Openingstijd(
                                        o.getDagen().stream()
                                                .map(WeekdagDto::toString)
                                                .toList(),
                                        LocalTime.parse(o.getVan()),
                                        LocalTime.parse(o.getTot()),
                                        o.getToelichting()))
                                .toList());
    }

    private static CollectieveVoorzieningDto collectiefDto(Collectief collectief) {
        if (collectief == null) {
            return null;
        }
        return new CollectieveVoorzieningDto()
                .soort(CollectieveVoorzieningDto.SoortEnum.fromValue(collectief.soort()))
                .kosteloos(collectief.kosteloos())
                .locatie(
                        collectief.adres() == null
                                ? null
                                : new LocatieDto()
                                        .naam(collectief.locatieNaam())
                                        .adres(adresDto(collectief.adres())))
                .openingstijden(collectief.openingstijden().stream()
                        .map(o -> new OpeningstijdDto()
                                .dagen(new LinkedHashSet<>(o.dagen().stream()
                                        .map(WeekdagDto::fromValue)
                                        .toList()))
                                .van(o.van().toString())
                                .tot(o.tot().toString())
                                .toelichting(o.toelichting()))
                        .toList());
    }

    /** Gemeenten as stated; none (absent or empty) is null: the service fills in the default. */
    private static List<String> gemeenten(java.util.Set<String> gemeenten) {
        return gemeenten == null || gemeenten.isEmpty()
                ? null
                : gemeenten.stream().sorted().toList();
    }

    private static Adres adres(AdresDto dto) {
        return dto == null
                ? null
                : new Adres(
                        dto.getStraat(),
                        dto.getHuisnummer(),
                        dto.getHuisnummertoevoeging(),
                        dto.getPostcode(),
                        dto.getPlaats());
    }

    private static AdresDto adresDto(Adres adres) {
        return adres == null
                ? null
                : new AdresDto()
                        .straat(adres.straat())
                        .huisnummer(adres.huisnummer())
                        .huisnummertoevoeging(adres.huisnummertoevoeging())
                        .postcode(adres.postcode())
                        .plaats(adres.plaats());
    }

    private static Contactgegevens contact(ContactgegevensDto dto) {
        return dto == null ? null : new Contactgegevens(dto.getTelefoonnummer(), dto.getEmailadres(), dto.getWebsite());
    }

    private static ContactgegevensDto contactDto(Contactgegevens contact) {
        return contact == null
                ? null
                : new ContactgegevensDto()
                        .telefoonnummer(contact.telefoonnummer())
                        .emailadres(contact.emailadres())
                        .website(contact.website());
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
