package fr.relanceiae.sourcing.solicitation;

import fr.relanceiae.shared.config.PositiveCount;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** The personal links of solicitations ({@code relance.solicitation-links.*}). */
@ConfigMapping(prefix = "relance.solicitation-links")
public interface SolicitationLinkConfig {

    /**
     * Look-ups of personal links (opened, answered, files, partners searched) per client address per minute,
     * counted in PostgreSQL; off with {@code relance.rate-limit.enabled=false}.
     */
    @WithDefault("30")
    @WithConverter(PositiveCount.class)
    int lookupsPerMinute();
}
