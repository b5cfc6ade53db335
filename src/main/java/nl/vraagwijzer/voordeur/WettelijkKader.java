package nl.vraagwijzer.voordeur;

import java.time.LocalDate;
import java.util.Arrays;
import nl.vraagwijzer.shared.time.Werkdagen;

/** The legal frame of a question, which sets its deadline (DOMAIN.md, "Deadlines that the law sets"). */
public enum WettelijkKader {
    WMO_MELDING("wmo-melding"),
    WMO_AANVRAAG("wmo-aanvraag"),
    JEUGD("jeugd"),
    PARTICIPATIE("participatie"),
    SCHULDHULP("schuldhulp"),
    SCHULDHULP_SPOED("schuldhulp-spoed"),
    OVERIG("overig");

    private final String code;

    WettelijkKader(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static WettelijkKader van(String code) {
        return Arrays.stream(values())
                .filter(kader -> kader.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown wettelijk kader " + code));
    }

    /**
     * The legal deadline for a question registered on {@code registratie}. Wmo 2015: investigation
     * within 6 weeks of a report, decision within 2 weeks of an application. Debt help: a first
     * conversation within 4 weeks, within 3 working days when eviction, disconnection or
     * termination of health insurance threatens. Otherwise the Awb's 8 weeks. A deadline in weeks
     * that ends on a weekend or public holiday moves to the next working day (Algemene termijnenwet).
     */
    public LocalDate termijn(LocalDate registratie) {
        return switch (this) {
            case WMO_MELDING -> Werkdagen.eerstvolgendeWerkdag(registratie.plusWeeks(6));
            case WMO_AANVRAAG -> Werkdagen.eerstvolgendeWerkdag(registratie.plusWeeks(2));
            case SCHULDHULP -> Werkdagen.eerstvolgendeWerkdag(registratie.plusWeeks(4));
            case SCHULDHULP_SPOED -> Werkdagen.plusWerkdagen(registratie, 3);
            case JEUGD, PARTICIPATIE, OVERIG -> Werkdagen.eerstvolgendeWerkdag(registratie.plusWeeks(8));
        };
    }
}
