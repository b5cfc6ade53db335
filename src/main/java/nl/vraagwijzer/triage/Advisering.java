package nl.vraagwijzer.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import nl.vraagwijzer.shared.ports.DienstKandidaat;

/**
 * Turns the rules that fire on a triage into advice: one recommendation per leefgebied, with the
 * highest urgency and the shortest term of its rules, and every rule that contributed, so a
 * professional can see why. Most urgent first.
 */
final class Advisering {

    private static final List<String> URGENTIE = List.of("normaal", "hoog", "acuut");

    private Advisering() {}

    /**
     * @param krachten the ZRM scores per leefgebied, for what the resident and network can do
     * @param kandidaten the services for a leefgebied in the directory's order (matching is the
     *     caller's: it knows the wijk)
     */
    static List<Aanbeveling> advies(
            TriageFeiten feiten,
            List<Triageregel> regels,
            Map<String, ZrmScore> krachten,
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
        perLeefgebied.forEach((leefgebied, gevuurd) -> {
            List<Aanbeveling.Kandidaat> diensten = kandidaten.apply(leefgebied, 5);
            advies.add(new Aanbeveling(
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
                    volgorde(krachten.get(leefgebied), diensten),
                    diensten));
        });
        advies.sort(Comparator.comparing((Aanbeveling a) -> URGENTIE.indexOf(a.urgentie()))
                .reversed()
                .thenComparing(Aanbeveling::leefgebied));
        return advies;
    }

    /**
     * Why the proposals stand in their order: "collectief waar mogelijk, individueel waar nodig",
     * one sentence per step that applies, the resident's and network's own part always first.
     */
    static List<String> volgorde(ZrmScore zrm, List<Aanbeveling.Kandidaat> diensten) {
        List<String> stappen = new ArrayList<>();
        if (zrm != null && (zrm.eigenKracht() != null || zrm.netwerk() != null)) {
            stappen.add("Eerst wat de inwoner zelf kan (eigen kracht " + procent(zrm.eigenKracht())
                    + ") en wat het netwerk kan (" + procent(zrm.netwerk()) + "), volgens de ZRM-beoordeling.");
        } else {
            stappen.add(
                    "Eerst wat de inwoner en het netwerk zelf kunnen; bespreek dat voordat een dienst ingeschakeld wordt.");
        }
        Set<String> soorten = new HashSet<>();
        diensten.forEach(d -> soorten.add(d.soort()));
        if (soorten.contains(DienstKandidaat.COLLECTIEF)) {
            stappen.add("Dan collectieve voorzieningen in de wijk: vrij toegankelijk, zonder verwijzing.");
        }
        if (soorten.contains(DienstKandidaat.PLAATS)) {
            stappen.add("Dan diensten die vrije plaatsen melden.");
        }
        if (soorten.contains(DienstKandidaat.WACHTLIJST)) {
            stappen.add("Dan diensten met een wachtlijst, de kortste wachttijd eerst.");
        }
        if (soorten.contains(DienstKandidaat.ONBEKEND)) {
            stappen.add("Als laatste diensten zonder actuele opgave van plaatsen en wachttijd: vraag die na.");
        }
        return stappen;
    }

    private static String procent(Integer aandeel) {
        return aandeel == null ? "niet beoordeeld" : aandeel + "%";
    }
}
