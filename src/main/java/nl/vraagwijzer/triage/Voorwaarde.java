package nl.vraagwijzer.triage;

import java.util.ArrayList;
import java.util.List;
import nl.vraagwijzer.shared.problem.ApiProblem;

/**
 * When a triage rule fires: every part that is given must hold. Stored as JSON with the rule, in
 * the same shape as the contract's {@code Voorwaarde}.
 */
public record Voorwaarde(
        List<ScoreBereik> scores,
        List<String> onderliggendeVraag,
        List<String> hulpvraagLeefgebied,
        Boolean veiligheid,
        Boolean dreiging,
        List<String> wettelijkKader) {

    /** A score for a leefgebied between {@code min} and {@code max} (1..5 when absent). */
    public record ScoreBereik(String leefgebied, Integer min, Integer max) {

        boolean geldt(TriageFeiten feiten) {
            Integer score = feiten.scores().get(leefgebied);
            return score != null && score >= ondergrens() && score <= bovengrens();
        }

        int ondergrens() {
            return min == null ? 1 : min;
        }

        int bovengrens() {
            return max == null ? 5 : max;
        }
    }

    boolean geldt(TriageFeiten feiten) {
        return lijst(scores).stream().allMatch(bereik -> bereik.geldt(feiten))
                && (leeg(onderliggendeVraag) || onderliggendeVraag.stream().anyMatch(feiten.onderliggend()::contains))
                && (leeg(hulpvraagLeefgebied) || hulpvraagLeefgebied.stream().anyMatch(feiten.hulpvraag()::contains))
                && (veiligheid == null || veiligheid == feiten.veiligheid())
                && (dreiging == null || dreiging == feiten.dreiging())
                && (leeg(wettelijkKader) || wettelijkKader.contains(feiten.wettelijkKader()));
    }

    /**
     * A rule must say something: at least one part, and sensible score ranges.
     *
     * @throws ApiProblem 400 naming the part that cannot be used
     */
    void valideer() {
        if (leeg(scores)
                && leeg(onderliggendeVraag)
                && leeg(hulpvraagLeefgebied)
                && veiligheid == null
                && dreiging == null
                && leeg(wettelijkKader)) {
            throw ApiProblem.badRequest("voorwaarde: noem minstens één onderdeel; een lege voorwaarde geldt altijd.");
        }
        List<String> fouten = new ArrayList<>();
        for (int i = 0; i < lijst(scores).size(); i++) {
            ScoreBereik bereik = scores.get(i);
            if (bereik.ondergrens() > bereik.bovengrens()) {
                fouten.add("voorwaarde.scores[" + i + "]: min " + bereik.ondergrens() + " is groter dan max "
                        + bereik.bovengrens());
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiProblem.badRequest(String.join("; ", fouten) + ".");
        }
    }

    private static <T> List<T> lijst(List<T> lijst) {
        return lijst == null ? List.of() : lijst;
    }

    private static boolean leeg(List<?> lijst) {
        return lijst == null || lijst.isEmpty();
    }
}
