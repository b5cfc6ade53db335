package nl.vraagwijzer.gebeurtenissen;

import java.util.Objects;
import java.util.UUID;

/**
 * Who subscribes, and so whose events reach it: a partner organisation (the events about its own
 * work, across the gemeenten that refer to it), or one system of one gemeente (every event of that
 * gemeente). A system is the client of its token ({@code sub}): two systems of one gemeente each
 * manage their own subscriptions.
 */
record Abonnee(UUID organisatie, String gemeente, String systeem) {

    /** The two kinds, each with paths of its own in the contract. */
    enum Soort {
        PARTNER,
        GEMEENTESYSTEEM
    }

    Abonnee {
        if ((organisatie == null) == (gemeente == null) || (gemeente == null) != (systeem == null)) {
            throw new IllegalArgumentException("A subscriber is a partner or a system of a gemeente, not both");
        }
    }

    static Abonnee partner(UUID organisatie) {
        return new Abonnee(Objects.requireNonNull(organisatie), null, null);
    }

    static Abonnee gemeentesysteem(String gemeente, String systeem) {
        return new Abonnee(null, Objects.requireNonNull(gemeente), Objects.requireNonNull(systeem));
    }

    boolean isPartner() {
        return organisatie != null;
    }

    Soort soort() {
        return isPartner() ? Soort.PARTNER : Soort.GEMEENTESYSTEEM;
    }
}
