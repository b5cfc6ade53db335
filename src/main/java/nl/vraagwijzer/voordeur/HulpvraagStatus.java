package nl.vraagwijzer.voordeur;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The life cycle of a question. Only the transitions in {@link #volgende()} are allowed. */
public enum HulpvraagStatus {
    NIEUW("nieuw"),
    IN_BEHANDELING("in-behandeling"),
    VERWEZEN("verwezen"),
    AFGESLOTEN("afgesloten");

    private final String code;

    HulpvraagStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static HulpvraagStatus van(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown status " + code));
    }

    /** The statuses this one may change into; reopening a closed question needs a reason. */
    public Set<HulpvraagStatus> volgende() {
        return switch (this) {
            case NIEUW -> EnumSet.of(IN_BEHANDELING, VERWEZEN, AFGESLOTEN);
            case IN_BEHANDELING -> EnumSet.of(VERWEZEN, AFGESLOTEN);
            case VERWEZEN -> EnumSet.of(IN_BEHANDELING, AFGESLOTEN);
            case AFGESLOTEN -> EnumSet.of(IN_BEHANDELING);
        };
    }
}
