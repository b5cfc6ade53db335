package nl.vraagwijzer.shared.cijfers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
        /** The sums this cell is in: their count, then their indices (filled by pasToe). */
        private int[] sommen = GEEN;

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

        private void inSom(int som) {
            if (sommen == GEEN) {
                sommen = new int[4];
            } else if (sommen[0] + 1 == sommen.length) {
                sommen = Arrays.copyOf(sommen, sommen.length * 2);
            }
            sommen[++sommen[0]] = som;
        }

        private boolean bekend() {
            return gepubliceerd && !onderdrukt;
        }
    }

    private static final int[] GEEN = {0};

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

    /**
     * Suppresses what must be; call once, after every cell and sum is declared. The sums are checked in
     * the order they were declared, pass after pass, until a pass changes nothing; a sum is checked
     * again only once one of its cells was suppressed since (its answer depends on nothing else), so a
     * large table costs a pass over what changed, not over everything.
     */
    public void pasToe() {
        for (int i = 0; i < sommen.size(); i++) {
            Som som = sommen.get(i);
            som.totaal().inSom(i);
            for (Cel deel : som.delen()) {
                deel.inSom(i);
            }
        }
        BitSet teBekijken = new BitSet(sommen.size());
        teBekijken.set(0, sommen.size());
        for (Cel cel : cellen) {
            if (klein(cel)) {
                cel.onderdrukt = true;
            }
        }
        while (!teBekijken.isEmpty()) {
            // one pass in declared order; what a suppression reopens behind this point waits for the next
            for (int i = teBekijken.nextSetBit(0); i >= 0; i = teBekijken.nextSetBit(i + 1)) {
                teBekijken.clear(i);
                Cel onderdrukt = bekijk(sommen.get(i));
                if (onderdrukt != null) {
                    onderdrukt.onderdrukt = true;
                    for (int j = 1; j <= onderdrukt.sommen[0]; j++) {
                        teBekijken.set(onderdrukt.sommen[j]);
                    }
                }
            }
        }
    }

    /** The cell {@code som} makes suppressed, or null when it reveals nothing. */
    private Cel bekijk(Som som) {
        Cel totaal = som.totaal();
        if (!totaal.bekend()) {
            // a hidden total that its published parts add up to is not hidden
            if (!totaal.gepubliceerd || totaal.aantal <= 0) {
                return null;
            }
            Cel kleinste = null;
            for (Cel deel : som.delen()) {
                if (!deel.bekend()) {
                    return null;
                }
                if (deel.aantal > 0 && (kleinste == null || deel.aantal < kleinste.aantal)) {
                    kleinste = deel;
                }
            }
            return kleinste;
        }
        Cel onbekend = null;
        Cel kleinste = null;
        for (Cel deel : som.delen()) {
            if (!deel.bekend()) {
                if (onbekend != null) {
                    return null;
                }
                onbekend = deel;
            } else if (deel.aantal > 0 && (kleinste == null || deel.aantal < kleinste.aantal)) {
                kleinste = deel;
            }
        }
        if (onbekend == null || !(onbekend.onderdrukt || klein(onbekend))) {
            return null;
        }
        return kleinste == null ? totaal : kleinste;
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
