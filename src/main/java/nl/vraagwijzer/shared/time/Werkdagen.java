package nl.vraagwijzer.shared.time;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working days in the Netherlands: not a Saturday, Sunday or a generally recognised public holiday
 * (Algemene termijnenwet art. 3, with Good Friday, which the Awb practice treats alike).
 */
public final class Werkdagen {

    /** The zone in which Dutch dates (registration, deadlines) are counted. */
    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Werkdagen() {}

    /** Today in the Netherlands, by the service's clock. */
    public static LocalDate vandaag(Clock clock) {
        return LocalDate.now(clock.withZone(NEDERLAND));
    }

    /** The moment a Dutch day begins (midnight in the Netherlands). */
    public static Instant begin(LocalDate datum) {
        return datum.atStartOfDay(NEDERLAND).toInstant();
    }

    public static boolean isWerkdag(LocalDate datum) {
        DayOfWeek dag = datum.getDayOfWeek();
        return dag != DayOfWeek.SATURDAY
                && dag != DayOfWeek.SUNDAY
                && !feestdagen(datum.getYear()).contains(datum);
    }

    /** The date {@code aantal} working days after {@code datum} (the day itself does not count). */
    public static LocalDate plusWerkdagen(LocalDate datum, int aantal) {
        LocalDate resultaat = datum;
        int geteld = 0;
        while (geteld < aantal) {
            resultaat = resultaat.plusDays(1);
            if (isWerkdag(resultaat)) {
                geteld++;
            }
        }
        return resultaat;
    }

    /** {@code datum} itself when it is a working day, else the next working day. */
    public static LocalDate eerstvolgendeWerkdag(LocalDate datum) {
        LocalDate resultaat = datum;
        while (!isWerkdag(resultaat)) {
            resultaat = resultaat.plusDays(1);
        }
        return resultaat;
    }

    /** The public holidays of a year. */
    public static Set<LocalDate> feestdagen(int jaar) {
        LocalDate pasen = pasen(jaar);
        LocalDate koningsdag = LocalDate.of(jaar, Month.APRIL, 27);
        if (koningsdag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            koningsdag = koningsdag.minusDays(1);
        }
        return Set.of(
                LocalDate.of(jaar, Month.JANUARY, 1),
                pasen.minusDays(2), // Goede Vrijdag
                pasen,
                pasen.plusDays(1),
                koningsdag,
                LocalDate.of(jaar, Month.MAY, 5), // Bevrijdingsdag
                pasen.plusDays(39), // Hemelvaartsdag
                pasen.plusDays(49),
                pasen.plusDays(50),
                LocalDate.of(jaar, Month.DECEMBER, 25),
                LocalDate.of(jaar, Month.DECEMBER, 26));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate pasen(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
