package nl.vraagwijzer.verwijzing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.Aanmelden;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;
import nl.vraagwijzer.shared.time.Werkdagen;

/** What partners push to the Vraagwijzer: residents they refer, and early signals of arrears. */
@ApplicationScoped
public class AanmeldingService {

    private final Aanmelden intake;
    private final GebeurtenisRepository gebeurtenissen;
    private final Aanroeper aanroeper;
    private final Clock clock;

    public AanmeldingService(Aanmelden intake, GebeurtenisRepository gebeurtenissen, Aanroeper aanroeper, Clock clock) {
        this.intake = intake;
        this.gebeurtenissen = gebeurtenissen;
        this.aanroeper = aanroeper;
        this.clock = clock;
    }

    /** A resident referred by a GP, school or district nurse. @return the question's id */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID meldAan(Aanmelden.Inwonergegevens inwoner, String omschrijving, List<String> leefgebieden) {
        UUID hulpvraag = intake.meldAan(inwoner, omschrijving, leefgebieden, "overig");
        gebeurtenissen.schrijf(new Gebeurtenis(
                organisatie(), "aanmelding-ontvangen", null, Map.of("kenmerk", hulpvraag.toString()), clock.instant()));
        return hulpvraag;
    }

    /**
     * An early signal of arrears: a question for outreach, with the debt-help deadline.
     *
     * @throws ApiProblem 400 when the arrears start in the future
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID signaleer(Aanmelden.Inwonergegevens inwoner, String soort, double bedrag, LocalDate sinds) {
        if (sinds.isAfter(Werkdagen.vandaag(clock))) {
            throw ApiProblem.badRequest("sinds: ligt in de toekomst.");
        }
        String omschrijving = "Signaal van betalingsachterstand (" + soort + "): EUR "
                + BigDecimal.valueOf(bedrag).setScale(2, RoundingMode.HALF_UP).toPlainString() + " sinds " + sinds
                + ". Neem contact op met de inwoner (vroegsignalering).";
        List<String> leefgebieden = "zorgverzekering".equals(soort)
                ? List.of("financien", "lichamelijke-gezondheid")
                : List.of("financien", "huisvesting");
        UUID hulpvraag = intake.meldAan(inwoner, omschrijving, leefgebieden, "schuldhulp");
        gebeurtenissen.schrijf(new Gebeurtenis(
                organisatie(), "signaal-ontvangen", null, Map.of("kenmerk", hulpvraag.toString()), clock.instant()));
        return hulpvraag;
    }

    /** @throws ApiProblem 403 for a partner token that names no organisation */
    public UUID organisatie() {
        return aanroeper.vereisOrganisatie();
    }
}
