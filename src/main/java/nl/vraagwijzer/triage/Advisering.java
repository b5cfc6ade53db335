package nl.vraagwijzer.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Turns the rules that fire on a triage into advice: one recommendation per leefgebied, with the
 * highest urgency and the shortest term of its rules, and every rule that contributed, so a
 * professional can see why. Most urgent first.
 */
final class Advisering {

    private static final List<String> URGENTIE = List.of("normaal", "hoog", "acuut");

    private Advisering() {}

    /**
     * @param kandidaten the services for a leefgebied (matching is the caller's: it knows the wijk)
     */
    static List<Aanbeveling> advies(
            TriageFeiten feiten,
            List<Triageregel> regels,
            BiFunction<String, Integer, List<Aanbeveling.Kandidaat>> kandidaten) {
        Map<String, List<Triageregel>> perLeefgebied = new LinkedHashMap<>();
        for (Triageregel regel : regels) {
            if (regel.geldt(feiten)) {
                perLeefgebied
                        .computeIfAbsent(regel.advies().leefgebied(), leefgebied -> new ArrayList<>())
                        .add(regel);
            }
        }
        List<Aanbeveling> advies = new ArrayList<>();
        perLeefgebied.forEach((leefgebied, gevuurd) -> advies.add(new Aanbeveling(
                leefgebied,
                gevuurd.stream()
                        .map(r -> r.advies().urgentie())
                        .max(Comparator.comparingInt(URGENTIE::indexOf))
                        .orElseThrow(),
                gevuurd.stream()
                        .map(r -> r.advies().termijnWerkdagen())
                        .filter(Objects::nonNull)
                        .min(Integer::compare)
                        .orElse(null),
                String.join(
                        " ",
                        gevuurd.stream()
                                .map(r -> r.advies().toelichting())
                                .filter(Objects::nonNull)
                                .toList()),
                gevuurd.stream()
                        .map(r -> new Aanbeveling.Bron(r.id(), r.naam(), r.versie()))
                        .toList(),
                kandidaten.apply(leefgebied, 5))));
        advies.sort(Comparator.comparing((Aanbeveling a) -> URGENTIE.indexOf(a.urgentie()))
                .reversed()
                .thenComparing(Aanbeveling::leefgebied));
        return advies;
    }
}
