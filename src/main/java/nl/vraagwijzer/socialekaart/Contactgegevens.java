package nl.vraagwijzer.socialekaart;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How to reach a service. */
@Embeddable
public record Contactgegevens(
        @Column(name = "contact_telefoonnummer") String telefoonnummer,
        @Column(name = "contact_emailadres") String emailadres,
        @Column(name = "contact_website") String website) {}
