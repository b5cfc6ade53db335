package nl.vraagwijzer.triage;

import java.util.Map;
import java.util.Set;

/** What the rules look at: the triage's scores, needs and signs, and the question's frame. */
record TriageFeiten(
        Map<String, Integer> scores,
        Set<String> onderliggend,
        Set<String> hulpvraag,
        boolean veiligheid,
        boolean dreiging,
        String wettelijkKader) {}
