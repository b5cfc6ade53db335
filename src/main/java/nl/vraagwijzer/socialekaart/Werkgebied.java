package nl.vraagwijzer.socialekaart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.vraagwijzer.shared.gemeente.Gemeenteindeling;
import nl.vraagwijzer.shared.problem.ApiProblem;

/**
 * Where a service serves, as matching needs it: every gemeente it names, either whole ({@code
 * GM0988}) or only in the wijken named for it ({@code GM0988/Centrum-Biest}). A wijk must belong to
 * one of the service's gemeenten, and those must be gemeenten of its organisation.
 */
final class Werkgebied {

    private Werkgebied() {}

    /** The key of a whole gemeente in the column {@code werkgebied}. */
    static String gemeente(String gemeente) {
        return gemeente;
    }

    /** The key of one wijk of a gemeente in the column {@code werkgebied}. */
    static String wijk(String gemeente, String wijk) {
        return gemeente + "/" + wijk;
    }

    /**
     * @throws ApiProblem 400 for an unknown gemeente, one the organisation does not serve, or a wijk
     *     of none of the service's gemeenten
     */
    static List<String> van(
            Collection<String> gemeenten,
            Collection<String> wijken,
            Collection<String> vanOrganisatie,
            Gemeenteindeling indeling) {
        bekend(gemeenten, indeling);
        for (String gemeente : gemeenten) {
            if (!vanOrganisatie.contains(gemeente)) {
                throw ApiProblem.badRequest("gemeenten: de organisatie bedient gemeente " + gemeente
                        + " niet; voeg die eerst toe aan de gemeenten van de organisatie.");
            }
        }
        Set<String> gebied = new TreeSet<>();
        Set<String> metWijk = new TreeSet<>();
        for (String wijk : wijken) {
            List<String> van = gemeenten.stream()
                    .filter(gemeente -> indeling.gemeente(gemeente)
                            .flatMap(g -> g.wijk(wijk))
                            .isPresent())
                    .toList();
            if (van.isEmpty()) {
                throw ApiProblem.badRequest(
                        "wijken: wijk '" + wijk + "' is geen wijk van " + String.join(" of ", gemeenten) + ".");
            }
            van.forEach(gemeente -> gebied.add(wijk(gemeente, wijk)));
            metWijk.addAll(van);
        }
        gemeenten.stream().filter(gemeente -> !metWijk.contains(gemeente)).forEach(g -> gebied.add(gemeente(g)));
        return new ArrayList<>(gebied);
    }

    /** @throws ApiProblem 400 for a gemeente this deployment does not know */
    static void bekend(Collection<String> gemeenten, Gemeenteindeling indeling) {
        for (String gemeente : gemeenten) {
            if (indeling.gemeente(gemeente).isEmpty()) {
                throw ApiProblem.badRequest("gemeenten: gemeente " + gemeente + " is onbekend bij deze voorziening.");
            }
        }
    }
}
