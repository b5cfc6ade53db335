package nl.vraagwijzer.shared.cijfers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Small-count suppression of a table of counts, so that no published figure points at a few people.
 * Primary: every count above 0 and below the smallest count shown is suppressed (never shown as 0;
 * a true 0 is shown). Secondary: where a published total minus the other published parts would
 * reveal a suppressed part, or a small part that is never published (the rest of a total), the
 * smallest other non-zero part is suppressed too, or else the total; and where the published parts
 * add up to a suppressed total, the smallest of them is suppressed. Repeated until no such difference
 * or sum is left, since one suppression can open another.
 */
public final class Onderdrukking {

    /** One count of the table; {@link #onderdrukt()} once {@link #pasToe()} ran. */
    public static final class Cel {
        private final long aantal;
        private final boolean gepubliceerd;
        private boolean onderdrukt;

        private Cel(long aantal, boolean gepubliceerd) {
            this.aantal = aantal;
            this.gepubliceerd = gepubliceerd;
        }

        public long aantal() {
            return aantal;
        }

        public boolean onderdrukt() {
            return onderdrukt;
        }

        /** The count as it may be shown: empty when suppressed. */
        public Optional<Long> getoond() {
            return onderdrukt ? Optional.empty() : Optional.of(aantal);
        }

        private boolean bekend() {
            return gepubliceerd && !onderdrukt;
        }
    }

    private record Som(Cel totaal, List<Cel> delen) {}

    private final int kleinsteAantal;
    private final List<Cel> cellen = new ArrayList<>();
    private final List<Som> sommen = new ArrayList<>();

    /** @param kleinsteAantal the smallest count above 0 that may be shown */
    public Onderdrukking(int kleinsteAantal) {
        this.kleinsteAantal = kleinsteAantal;
    }

    /** A published count. */
    public Cel cel(long aantal) {
        Cel cel = new Cel(aantal, true);
        cellen.add(cel);
        return cel;
    }

    /** A count that is never published but follows from others (the rest of a total). */
    public Cel verborgen(long aantal) {
        Cel cel = new Cel(aantal, false);
        cellen.add(cel);
        return cel;
    }

    /** A published total and its parts: {@code totaal} is the sum of {@code delen}. @return the total */
    public Cel som(List<Cel> delen) {
        Cel totaal = cel(delen.stream().mapToLong(Cel::aantal).sum());
        return som(totaal, delen);
    }

    /** Declares that {@code totaal} is the sum of {@code delen}. @return the total */
    public Cel som(Cel totaal, List<Cel> delen) {
        sommen.add(new Som(totaal, List.copyOf(delen)));
        return totaal;
    }

    /** Suppresses what must be; call once, after every cell and sum is declared. */
    public void pasToe() {
        cellen.stream().filter(this::klein).forEach(cel -> cel.onderdrukt = true);
        boolean veranderd = true;
        while (veranderd) {
            veranderd = false;
            for (Som som : sommen) {
                if (!som.totaal().bekend()) {
                    // a hidden total that its published parts add up to is not hidden
                    if (som.totaal().gepubliceerd
                            && som.totaal().aantal > 0
                            && som.delen().stream().allMatch(Cel::bekend)) {
                        som.delen().stream()
                                .filter(deel -> deel.aantal > 0)
                                .min(Comparator.comparingLong(Cel::aantal))
                                .ifPresent(deel -> deel.onderdrukt = true);
                        veranderd = true;
                    }
                    continue;
                }
                List<Cel> onbekend =
                        som.delen().stream().filter(deel -> !deel.bekend()).toList();
                if (onbekend.size() == 1 && (onbekend.get(0).onderdrukt || klein(onbekend.get(0)))) {
                    som.delen().stream()
                            .filter(deel -> deel.bekend() && deel.aantal > 0)
                            .min(Comparator.comparingLong(Cel::aantal))
                            .orElse(som.totaal())
                            .onderdrukt = true;
                    veranderd = true;
                }
            }
        }
    }

    private boolean klein(Cel cel) {
        return cel.aantal > 0 && cel.aantal < kleinsteAantal;
    }

    /** {@code teller} / {@code noemer}, half up on two decimals: how every report shows a rate. */
    public static double deel(long teller, long noemer) {
        return java.math.BigDecimal.valueOf(teller)
                .divide(java.math.BigDecimal.valueOf(noemer), 2, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    }
}
