package nl.vraagwijzer.voordeur;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/** The sort keys of the question list; the id breaks ties in the same direction. */
public enum HulpvraagSortering {
    AANGEMAAKT_OP("aangemaaktOp", "h.aangemaaktOp", Instant::parse, h -> h.aangemaaktOp()
            .toString()),
    TERMIJN_DATUM("termijnDatum", "h.termijnDatum", LocalDate::parse, h -> h.termijnDatum()
            .toString()),
    GEWIJZIGD_OP(
            "gewijzigdOp", "h.gewijzigdOp", Instant::parse, h -> h.gewijzigdOp().toString());

    private final String veld;
    private final String kolom;
    private final Function<String, Object> parse;
    private final Function<Hulpvraag, String> waarde;

    HulpvraagSortering(String veld, String kolom, Function<String, Object> parse, Function<Hulpvraag, String> waarde) {
        this.veld = veld;
        this.kolom = kolom;
        this.parse = parse;
        this.waarde = waarde;
    }

    /** A sort key with its direction, as in {@code sorteer=-termijnDatum}. */
    public record Richting(HulpvraagSortering sleutel, boolean oplopend) {

        public static final Richting STANDAARD = new Richting(AANGEMAAKT_OP, false);

        public static Richting van(String sorteer) {
            if (sorteer == null) {
                return STANDAARD;
            }
            boolean aflopend = sorteer.startsWith("-");
            String veld = aflopend ? sorteer.substring(1) : sorteer;
            for (HulpvraagSortering sleutel : values()) {
                if (sleutel.veld.equals(veld)) {
                    return new Richting(sleutel, !aflopend);
                }
            }
            throw new IllegalArgumentException("unknown sort key " + sorteer);
        }

        public String code() {
            return (oplopend ? "" : "-") + sleutel.veld;
        }

        String orderBy() {
            String richting = oplopend ? "asc" : "desc";
            return sleutel.kolom + " " + richting + ", h.id " + richting;
        }

        /** Rows after the cursor's row in this order. */
        /**
         * The rows after the cursor as one row comparison: PostgreSQL reads it as a bound on the
         * list's index, and Hibernate's HQL parser takes it in milliseconds (the equivalent
         * {@code a < x or (a = x and id < y)} took it seconds on a cold start, and a burst of such
         * first requests ran the heap out; docs/performance.md).
         */
        String na() {
            return "(" + sleutel.kolom + ", h.id) " + (oplopend ? ">" : "<") + " (:cursorWaarde, :cursorId)";
        }

        Object parse(String waarde) {
            return sleutel.parse.apply(waarde);
        }

        String waarde(Hulpvraag hulpvraag) {
            return sleutel.waarde.apply(hulpvraag);
        }
    }
}
