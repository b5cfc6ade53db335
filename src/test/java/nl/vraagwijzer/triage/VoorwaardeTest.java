package nl.vraagwijzer.triage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vraagwijzer.shared.problem.ApiProblem;
import org.junit.jupiter.api.Test;

/** Each part of a rule's condition, on its own and combined. */
class VoorwaardeTest {

    private static final TriageFeiten FEITEN = new TriageFeiten(
            Map.of("financien", 2, "werk-en-opleiding", 4),
            Set.of("huisvesting"),
            Set.of("werk-en-opleiding"),
            false,
            true,
            "participatie");

    private static Voorwaarde alleen(
            List<Voorwaarde.ScoreBereik> scores,
            List<String> onderliggend,
            List<String> hulpvraag,
            Boolean veiligheid,
            Boolean dreiging,
            List<String> kader) {
        return new Voorwaarde(scores, onderliggend, hulpvraag, veiligheid, dreiging, kader);
    }

    @Test
    void scores() {
        assertTrue(alleen(List.of(new Voorwaarde.ScoreBereik("financien", 1, 2)), null, null, null, null, null)
                .geldt(FEITEN));
        assertFalse(alleen(List.of(new Voorwaarde.ScoreBereik("financien", 3, 5)), null, null, null, null, null)
                .geldt(FEITEN));
        assertFalse(
                alleen(List.of(new Voorwaarde.ScoreBereik("justitie", 1, 5)), null, null, null, null, null)
                        .geldt(FEITEN),
                "a domain without a score does not match");
    }

    @Test
    void onderliggendeVraagEnGesteldeVraag() {
        assertTrue(alleen(null, List.of("huisvesting", "justitie"), null, null, null, null)
                .geldt(FEITEN));
        assertFalse(alleen(null, List.of("justitie"), null, null, null, null).geldt(FEITEN));
        assertTrue(alleen(null, null, List.of("werk-en-opleiding"), null, null, null)
                .geldt(FEITEN));
        assertFalse(alleen(null, null, List.of("financien"), null, null, null).geldt(FEITEN));
    }

    @Test
    void signalenEnWettelijkKader() {
        assertFalse(alleen(null, null, null, true, null, null).geldt(FEITEN));
        assertTrue(alleen(null, null, null, false, null, null).geldt(FEITEN));
        assertTrue(alleen(null, null, null, null, true, null).geldt(FEITEN));
        assertTrue(alleen(null, null, null, null, null, List.of("participatie", "jeugd"))
                .geldt(FEITEN));
        assertFalse(alleen(null, null, null, null, null, List.of("wmo-melding")).geldt(FEITEN));
    }

    @Test
    void alleDelenMoetenGelden() {
        assertFalse(
                alleen(List.of(new Voorwaarde.ScoreBereik("financien", 1, 2)), null, null, null, null, List.of("jeugd"))
                        .geldt(FEITEN));
    }

    @Test
    void legeOfOmgekeerdeVoorwaardeIsOngeldig() {
        assertThrows(ApiProblem.class, () -> alleen(null, List.of(), null, null, null, null)
                .valideer());
        assertThrows(ApiProblem.class, () -> alleen(
                        List.of(new Voorwaarde.ScoreBereik("financien", 4, 2)), null, null, null, null, null)
                .valideer());
    }
}
