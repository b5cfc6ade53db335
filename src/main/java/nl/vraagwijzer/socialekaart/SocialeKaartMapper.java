package nl.vraagwijzer.socialekaart;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.vraagwijzer.api.model.AanmeldwijzeDto;
import nl.vraagwijzer.api.model.AdresDto;
import nl.vraagwijzer.api.model.ContactgegevensDto;
import nl.vraagwijzer.api.model.DienstDto;
import nl.vraagwijzer.api.model.DienstInvoerDto;
import nl.vraagwijzer.api.model.LeefgebiedDto;
import nl.vraagwijzer.api.model.OrganisatieDto;
import nl.vraagwijzer.api.model.OrganisatieInvoerDto;
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
                invoer.getReactietermijnWerkdagen() == null ? 5 : invoer.getReactietermijnWerkdagen());
    }

    static DienstDto dto(Dienst dienst) {
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
                .aangemaaktOp(offset(dienst.aangemaaktOp()))
                .gewijzigdOp(offset(dienst.gewijzigdOp()));
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
