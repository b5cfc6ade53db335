package nl.vraagwijzer.shared.adres;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A Dutch postal address, embedded as adres_* columns. The postcode is kept as {@code 1234AB}. */
@Embeddable
public record Adres(
        @Column(name = "adres_straat") String straat,
        @Column(name = "adres_huisnummer") Integer huisnummer,
        @Column(name = "adres_huisnummertoevoeging") String huisnummertoevoeging,
        @Column(name = "adres_postcode") String postcode,
        @Column(name = "adres_plaats") String plaats) {

    public Adres {
        postcode = postcode == null ? null : postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
