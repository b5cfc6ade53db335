package nl.vraagwijzer.stuurcijfers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every period whose cells are judged together for suppression, whatever range was asked: the
 * months, quarters and years of whole calendar years (a year is the sum of its quarters, a quarter
 * of its months), or the ISO weeks asked for (weeks nest in nothing that is published). Because the
 * lattice does not depend on the range asked within those years, two overlapping questions get the
 * same suppression.
 */
final class Periodenraster {

    private final List<Periode> perioden = new ArrayList<>();
    /** The periods of each day seen so far: a day's facts are many, its periods few. */
    private final Map<LocalDate, List<Periode>> perDag = new HashMap<>();

    private final LocalDate begin;
    private final LocalDate eind;

    Periodenraster(Periode.Soort soort, LocalDate vanaf, LocalDate tot) {
        if (soort == Periode.Soort.WEEK) {
            for (Periode week = Periode.van(soort, vanaf); !week.begin().isAfter(tot); week = week.volgende()) {
                perioden.add(week);
            }
        } else {
            for (int jaar = vanaf.getYear(); jaar <= tot.getYear(); jaar++) {
                for (Periode.Soort niveau : List.of(Periode.Soort.MAAND, Periode.Soort.KWARTAAL, Periode.Soort.JAAR)) {
                    for (Periode periode = Periode.van(niveau, LocalDate.of(jaar, 1, 1));
                            periode.begin().getYear() == jaar;
                            periode = periode.volgende()) {
                        perioden.add(periode);
                    }
                }
            }
        }
        begin = perioden.get(0).begin();
        eind = perioden.stream().map(Periode::eind).max(LocalDate::compareTo).orElseThrow();
    }

    List<Periode> perioden() {
        return perioden;
    }

    /** The first day of the lattice. */
    LocalDate begin() {
        return begin;
    }

    /** The day after the lattice. */
    LocalDate eind() {
        return eind;
    }

    /** The periods that hold {@code dag}: its week, or its month, quarter and year. */
    List<Periode> waarin(LocalDate dag) {
        return perDag.computeIfAbsent(dag, nieuw -> perioden.stream()
                .filter(periode -> periode.bevat(nieuw))
                .toList());
    }

    /** The parts a period is the sum of: a year's quarters, a quarter's months; none for the rest. */
    List<Periode> delen(Periode geheel) {
        Periode.Soort deel =
                switch (geheel.soort()) {
                    case JAAR -> Periode.Soort.KWARTAAL;
                    case KWARTAAL -> Periode.Soort.MAAND;
                    default -> null;
                };
        return deel == null
                ? List.of()
                : perioden.stream()
                        .filter(periode -> periode.soort() == deel && geheel.bevat(periode.begin()))
                        .toList();
    }
}
