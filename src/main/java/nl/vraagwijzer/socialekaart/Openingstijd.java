package nl.vraagwijzer.socialekaart;

import java.time.LocalTime;
import java.util.List;
import nl.vraagwijzer.shared.problem.ApiProblem;

/**
 * A weekly opening time, in the shape of an HSDS schedule ({@code freq} WEEKLY, {@code byday},
 * {@code opens_at}, {@code closes_at}): the days as iCalendar's {@code MO} … {@code SU}, local
 * (Dutch) times. Stored as JSON with its service.
 */
public record Openingstijd(List<String> dagen, LocalTime van, LocalTime tot, String toelichting) {

    /** The order of the week, as iCalendar names its days. */
    static final List<String> WEEK = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    /** @throws ApiProblem 400 when it closes before it opens (the other rules are the contract's) */
    public Openingstijd {
        dagen = dagen.stream()
                .sorted(java.util.Comparator.comparingInt(WEEK::indexOf))
                .toList();
        if (!tot.isAfter(van)) {
            throw ApiProblem.badRequest(
                    "collectief.openingstijden: 'tot' (" + tot + ") moet later zijn dan 'van' (" + van + ").");
        }
    }

    /** The days as HSDS writes them: {@code MO,WE}. */
    String byday() {
        return String.join(",", dagen);
    }
}
