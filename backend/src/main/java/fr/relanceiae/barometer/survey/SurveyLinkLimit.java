package fr.relanceiae.barometer.survey;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.account.RateLimitConfig;
import fr.relanceiae.account.RateLimitCounters;
import fr.relanceiae.shared.web.LinkLookupLimit;

/**
 * At most {@link SurveyConfig#linkLookupsPerMinute()} survey-link look-ups per client address
 * per minute (found or not: tokens cannot be guessed by trying), across replicas.
 */
@ApplicationScoped
public class SurveyLinkLimit {

    private final LinkLookupLimit limit;

    public SurveyLinkLimit(RateLimitConfig rateLimits, SurveyConfig config, RateLimitCounters counters) {
        this.limit = new LinkLookupLimit(rateLimits, counters, "survey-link-address:", config.linkLookupsPerMinute());
    }

    public void check(String address) {
        limit.check(address);
    }
}
