package nl.vraagwijzer.stuurcijfers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A count on one day (Dutch date) for one team and wijk, as the database gives it: {@code aantal}
 * items with this {@code categorie}, partner and {@code duur} (days, for a duration figure), and the
 * {@code som} of their changes (the ZRM figure). For a stock, {@code dag} is the last day it covers.
 */
record Feit(
        Maatstaf maatstaf,
        String gemeente,
        String team,
        String wijk,
        LocalDate dag,
        String categorie,
        UUID organisatie,
        UUID dienst,
        Integer duur,
        long aantal,
        double som) {

    /** This fact with the count and sum of {@code ander} added. */
    Feit plus(Feit ander) {
        return new Feit(
                maatstaf,
                gemeente,
                team,
                wijk,
                dag,
                categorie,
                organisatie,
                dienst,
                duur,
                aantal + ander.aantal,
                som + ander.som);
    }

    /** The same count without its partner's service: counted per organisation. */
    Feit zonderDienst() {
        return new Feit(maatstaf, gemeente, team, wijk, dag, categorie, organisatie, null, duur, aantal, som);
    }
}
