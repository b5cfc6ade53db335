package nl.vraagwijzer.verwijzing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a referral and who moves it: the partner from sent to done, the municipality only
 * withdraws. The same table is published in the contract.
 */
public enum VerwijzingStatus {
    VERZONDEN("verzonden"),
    ONTVANGEN("ontvangen"),
    GEACCEPTEERD("geaccepteerd"),
    AFGEWEZEN("afgewezen"),
    WACHTLIJST("wachtlijst"),
    IN_BEHANDELING("in-behandeling"),
    AFGEROND("afgerond"),
    INGETROKKEN("ingetrokken");

    /** Who changes the status. */
    public enum Partij {
        PARTNER,
        GEMEENTE
    }

    private final String code;

    VerwijzingStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static VerwijzingStatus van(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown status " + code));
    }

    public boolean open() {
        return this != AFGEWEZEN && this != AFGEROND && this != INGETROKKEN;
    }

    /** The statuses {@code partij} may move a referral in this status to. */
    public Set<VerwijzingStatus> volgende(Partij partij) {
        if (partij == Partij.GEMEENTE) {
            return open() ? EnumSet.of(INGETROKKEN) : EnumSet.noneOf(VerwijzingStatus.class);
        }
        return switch (this) {
            case VERZONDEN -> EnumSet.of(ONTVANGEN, GEACCEPTEERD, AFGEWEZEN);
            case ONTVANGEN -> EnumSet.of(GEACCEPTEERD, AFGEWEZEN, WACHTLIJST);
            case GEACCEPTEERD -> EnumSet.of(WACHTLIJST, IN_BEHANDELING, AFGEROND);
            case WACHTLIJST -> EnumSet.of(IN_BEHANDELING, AFGEWEZEN);
            case IN_BEHANDELING -> EnumSet.of(AFGEROND);
            case AFGEWEZEN, AFGEROND, INGETROKKEN -> EnumSet.noneOf(VerwijzingStatus.class);
        };
    }
}
