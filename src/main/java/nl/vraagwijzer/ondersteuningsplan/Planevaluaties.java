package nl.vraagwijzer.ondersteuningsplan;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.vraagwijzer.shared.persistence.Systeemtoegang;
import nl.vraagwijzer.shared.persistence.Taakplanning;
import nl.vraagwijzer.shared.ports.Gebeurtenissen;
import nl.vraagwijzer.shared.time.Werkdagen;
import org.jboss.logging.Logger;

/**
 * The daily round that announces support plans whose evaluation date has come, as an event in the
 * gemeente's plan stream: each plan's latest date that has come and was not announced yet, once
 * (across replicas, and after a day the service was down). Announcing does not change the plan.
 */
@ApplicationScoped
public class Planevaluaties {

    private static final Logger LOG = Logger.getLogger(Planevaluaties.class);

    private final OndersteuningsplanRepository plannen;
    private final Gebeurtenissen gebeurtenissen;
    private final Systeemtoegang systeemtoegang;
    private final Taakplanning taken;
    private final PlanConfig config;
    private final Clock clock;

    public Planevaluaties(
            OndersteuningsplanRepository plannen,
            Gebeurtenissen gebeurtenissen,
            Systeemtoegang systeemtoegang,
            Taakplanning taken,
            PlanConfig config,
            Clock clock) {
        this.plannen = plannen;
        this.gebeurtenissen = gebeurtenissen;
        this.systeemtoegang = systeemtoegang;
        this.taken = taken;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(cron = "${vraagwijzer.ondersteuningsplan.evaluaties:0 0 6 * * ?}", timeZone = "Europe/Amsterdam")
    void dagelijks(ScheduledExecution uitvoering) {
        taken.eenmaal(
                "plan-evaluaties",
                uitvoering,
                () -> LOG.infof(
                        "Plan evaluations (%s): %d announced as due",
                        config.evaluaties(), meld(Werkdagen.vandaag(clock))));
    }

    /**
     * Announces every plan, of every gemeente, with an evaluation date on or before {@code vandaag}
     * that is later than the last one announced. @return how many plans were announced
     */
    @Transactional
    public int meld(LocalDate vandaag) {
        systeemtoegang.overAlleGemeenten("plan-evaluaties");
        List<OndersteuningsplanRepository.Evaluatie> aangebroken = plannen.aangebrokenEvaluaties(vandaag);
        for (OndersteuningsplanRepository.Evaluatie evaluatie : aangebroken) {
            // the event belongs to the plan's gemeente
            systeemtoegang.namens(evaluatie.gemeente());
            gebeurtenissen.planEvaluatieNodig(evaluatie.gemeente(), evaluatie.planId(), evaluatie.datum());
            plannen.evaluatieGemeld(evaluatie.planId(), evaluatie.datum());
        }
        return aangebroken.size();
    }
}
