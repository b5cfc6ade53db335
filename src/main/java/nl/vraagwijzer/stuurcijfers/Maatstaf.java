package nl.vraagwijzer.stuurcijfers;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The steering figures, as the contract's {@code Stuurcijfermaatstaf} defines them, with what the
 * table needs to know of each: its family, what a cell holds, and whether its categories add up to
 * a published total.
 */
enum Maatstaf {
    HULPVRAGEN("hulpvragen", Familie.INZET, Vorm.TELLING, true),
    HULPVRAGEN_PER_LEEFGEBIED("hulpvragen-per-leefgebied", Familie.INZET, Vorm.TELLING, false),
    HULPVRAGEN_PER_WETTELIJK_KADER("hulpvragen-per-wettelijk-kader", Familie.INZET, Vorm.TELLING, false),
    PARTNERAANMELDINGEN("partneraanmeldingen", Familie.INZET, Vorm.TELLING, false),
    VROEGSIGNALEN("vroegsignalen", Familie.INZET, Vorm.TELLING, true),
    CASELOAD("caseload", Familie.INZET, Vorm.STAND, true),
    AFGESLOTEN("afgesloten", Familie.UITVOER, Vorm.TELLING, true),
    VERWIJZINGEN("verwijzingen", Familie.UITVOER, Vorm.TELLING, true),
    DAGEN_TOT_EERSTE_CONTACT("dagen-tot-eerste-contact", Familie.UITVOER, Vorm.DUUR, false),
    DAGEN_TOT_TRIAGE("dagen-tot-triage", Familie.UITVOER, Vorm.DUUR, false),
    DAGEN_TOT_AFSLUITING("dagen-tot-afsluiting", Familie.UITVOER, Vorm.DUUR, false),
    TERMIJN_VERSTREKEN("termijn-verstreken", Familie.UITVOER, Vorm.TELLING, true),
    BINNEN_TERMIJN("binnen-termijn", Familie.UITVOER, Vorm.AANDEEL, true),
    REACTIETERMIJN_VERSTREKEN("reactietermijn-verstreken", Familie.UITVOER, Vorm.TELLING, false),
    BINNEN_REACTIETERMIJN("binnen-reactietermijn", Familie.UITVOER, Vorm.AANDEEL, false),
    WACHTTIJD_PARTNER("wachttijd-partner", Familie.UITVOER, Vorm.DUUR, false),
    ZRM_VERANDERING("zrm-verandering", Familie.EFFECT, Vorm.GEMIDDELDE, false),
    PLANDOELEN_BEREIKT("plandoelen-bereikt", Familie.EFFECT, Vorm.TELLING, false),
    HEROPEND_BINNEN_ZES_MAANDEN("heropend-binnen-zes-maanden", Familie.EFFECT, Vorm.TELLING, false);

    /** The three families of the contract, one operation each. */
    enum Familie {
        INZET,
        UITVOER,
        EFFECT
    }

    /**
     * What a cell holds beside its count: nothing, a share of the figure it is part of, a mean, the
     * median and 90th percentile of a duration; a stock (at the period's end) does not add up over
     * periods.
     */
    enum Vorm {
        TELLING,
        AANDEEL,
        GEMIDDELDE,
        DUUR,
        STAND
    }

    private final String code;
    private final Familie familie;
    private final Vorm vorm;
    private final boolean totaal;

    Maatstaf(String code, Familie familie, Vorm vorm, boolean totaal) {
        this.code = code;
        this.familie = familie;
        this.vorm = vorm;
        this.totaal = totaal;
    }

    static Maatstaf van(String code) {
        for (Maatstaf maatstaf : values()) {
            if (maatstaf.code.equals(code)) {
                return maatstaf;
            }
        }
        throw new IllegalArgumentException("unknown figure " + code);
    }

    String code() {
        return code;
    }

    Familie familie() {
        return familie;
    }

    Vorm vorm() {
        return vorm;
    }

    /**
     * Whether it is counted per partner organisation: the municipality's side of its contracts with
     * partners, per gemeente only (per team or wijk there would be thousands of small cells).
     */
    boolean perPartner() {
        return this == VERWIJZINGEN
                || this == WACHTTIJD_PARTNER
                || this == REACTIETERMIJN_VERSTREKEN
                || this == BINNEN_REACTIETERMIJN;
    }

    /**
     * The figure this one counts a part of, if any: those within their (reaction) term of those whose
     * term passed, the referrals with an expected start (their waiting time) of all referrals.
     */
    Maatstaf geheel() {
        return switch (this) {
            case BINNEN_TERMIJN -> TERMIJN_VERSTREKEN;
            case BINNEN_REACTIETERMIJN -> REACTIETERMIJN_VERSTREKEN;
            case WACHTTIJD_PARTNER -> VERWIJZINGEN;
            default -> null;
        };
    }

    /** The figures that count a part of this one ({@link #geheel()}). */
    List<Maatstaf> delen() {
        return DELEN.get(this);
    }

    private static final Map<Maatstaf, List<Maatstaf>> DELEN = new EnumMap<>(Maatstaf.class);

    static {
        for (Maatstaf maatstaf : values()) {
            DELEN.put(
                    maatstaf,
                    Arrays.stream(values())
                            .filter(deel -> deel.geheel() == maatstaf)
                            .toList());
        }
    }

    /** Whether its categories add up to a cell without category, which is published too. */
    boolean heeftTotaal() {
        return totaal;
    }
}
