package nl.vraagwijzer.stuurcijfers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** A whole calendar period in Dutch dates: {@code begin} up to, not including, {@code eind}. */
record Periode(Soort soort, LocalDate begin, LocalDate eind) {

    enum Soort {
        WEEK("week"),
        MAAND("maand"),
        KWARTAAL("kwartaal"),
        JAAR("jaar");

        private final String code;

        Soort(String code) {
            this.code = code;
        }

        static Soort van(String code) {
            for (Soort soort : values()) {
                if (soort.code.equals(code)) {
                    return soort;
                }
            }
            throw new IllegalArgumentException("unknown period " + code);
        }
    }

    /** The period of {@code soort} that holds {@code dag}. */
    static Periode van(Soort soort, LocalDate dag) {
        return switch (soort) {
            case WEEK -> {
                LocalDate maandag = dag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Periode(soort, maandag, maandag.plusWeeks(1));
            }
            case MAAND ->
                new Periode(soort, dag.withDayOfMonth(1), dag.withDayOfMonth(1).plusMonths(1));
            case KWARTAAL -> {
                LocalDate begin = LocalDate.of(dag.getYear(), (dag.getMonthValue() - 1) / 3 * 3 + 1, 1);
                yield new Periode(soort, begin, begin.plusMonths(3));
            }
            case JAAR ->
                new Periode(soort, dag.withDayOfYear(1), dag.withDayOfYear(1).plusYears(1));
        };
    }

    Periode volgende() {
        return van(soort, eind);
    }

    boolean bevat(LocalDate dag) {
        return !dag.isBefore(begin) && dag.isBefore(eind);
    }

    /** As the contract writes it: {@code JJJJ}, {@code JJJJ-Kn}, {@code JJJJ-MM} or {@code JJJJ-Www}. */
    String label() {
        return switch (soort) {
            case WEEK ->
                String.format(
                        "%d-W%02d", begin.get(IsoFields.WEEK_BASED_YEAR), begin.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MAAND -> String.format("%d-%02d", begin.getYear(), begin.getMonthValue());
            case KWARTAAL -> begin.getYear() + "-K" + ((begin.getMonthValue() - 1) / 3 + 1);
            case JAAR -> String.valueOf(begin.getYear());
        };
    }
}
