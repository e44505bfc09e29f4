package fr.relanceiae.barometer.survey;

import fr.relanceiae.shared.config.PositiveCount;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** The weekly survey's personal links and e-mails ({@code relance.survey.*}). */
@ConfigMapping(prefix = "relance.survey")
public interface SurveyConfig {

    /**
     * Look-ups of survey links (opened or answered) per client address per minute, counted in
     * PostgreSQL; off with {@code relance.rate-limit.enabled=false}.
     */
    @WithDefault("30")
    @WithConverter(PositiveCount.class)
    int linkLookupsPerMinute();

    /** How often the invitation and reminder job looks for e-mails due ({@code off} in tests, which call it). */
    @WithDefault("5m")
    String mailingInterval();
}
