package fr.relanceiae.sourcing.solicitation;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.account.RateLimitConfig;
import fr.relanceiae.account.RateLimitCounters;
import fr.relanceiae.shared.error.ProblemException;

/**
 * At most {@link SolicitationLinkConfig#lookupsPerMinute()} personal-link look-ups per client
 * address in a one-minute window (every look-up counts, found or not: tokens cannot be
 * guessed by trying), in the shared counters of PostgreSQL, so the limit holds across
 * replicas. Called outside transactions, as the counters require.
 */
@ApplicationScoped
public class SolicitationLinkLimit {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimitConfig rateLimits;
    private final SolicitationLinkConfig config;
    private final RateLimitCounters counters;

    public SolicitationLinkLimit(RateLimitConfig rateLimits, SolicitationLinkConfig config, RateLimitCounters counters) {
        this.rateLimits = rateLimits;
        this.config = config;
        this.counters = counters;
    }

    public void check(String address) {
        if (!rateLimits.enabled()) {
            return;
        }
        RateLimitCounters.Reservation counted = counters.reserve("solicitation-link-address:" + address,
                config.lookupsPerMinute(), WINDOW);
        if (!counted.granted()) {
            throw ProblemException.tooManyRequests("Trop de liens consultés depuis votre adresse. Réessayez dans "
                    + counted.retryAfterSeconds() + " s.", counted.retryAfterSeconds());
        }
    }
}
