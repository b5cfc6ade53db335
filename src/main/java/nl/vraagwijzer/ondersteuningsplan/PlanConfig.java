package nl.vraagwijzer.ondersteuningsplan;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the support plans. */
@ConfigMapping(prefix = "vraagwijzer.ondersteuningsplan")
public interface PlanConfig {

    /**
     * When the daily round runs that announces plans whose evaluation date has come (a cron in
     * Dutch time, read by the scheduler in {@code Planevaluaties}).
     */
    @WithDefault("0 0 6 * * ?")
    String evaluaties();
}
