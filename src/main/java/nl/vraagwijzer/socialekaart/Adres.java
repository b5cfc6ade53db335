package nl.vraagwijzer.socialekaart;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A Dutch postal address. The postcode is kept in its canonical form {@code 1234AB}. */
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
