package fr.relanceiae.sourcing.solicitation;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.account.RateLimitConfig;
import fr.relanceiae.account.RateLimitCounters;
import fr.relanceiae.shared.web.LinkLookupLimit;

/**
 * At most {@link SolicitationLinkConfig#lookupsPerMinute()} personal-link look-ups per client
 * address per minute ({@link LinkLookupLimit}).
 */
@ApplicationScoped
public class SolicitationLinkLimit {

    private final LinkLookupLimit limit;

    public SolicitationLinkLimit(RateLimitConfig rateLimits, SolicitationLinkConfig config, RateLimitCounters counters) {
        this.limit = new LinkLookupLimit(rateLimits, counters, "solicitation-link-address:", config.lookupsPerMinute());
    }

    public void check(String address) {
        limit.check(address);
    }
}
