package fr.relanceiae.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;
import fr.relanceiae.shared.security.CallerContext;

/**
 * Requests per minute of each partner client (the subject of a partner token): the
 * client's own limit when an admin set one, otherwise {@code relance.rate-limit.partner-requests-per-minute}.
 * Every request with a partner token is counted, those refused included, in a window of one
 * minute that starts at the first; over the limit the answer is 429 with {@code Retry-After}.
 *
 * <p>Every answer to a partner carries the headers of draft-ietf-httpapi-ratelimit-headers-07
 * (the last draft with a plain syntax; later drafts name the policy and change the keys):
 * {@code RateLimit-Policy: 600;w=60} and {@code RateLimit: limit=600, remaining=42, reset=17}.
 */
public class PartnerRateLimitFilter {

    static final String POLICY_HEADER = "RateLimit-Policy";
    static final String STATE_HEADER = "RateLimit";
    static final int WINDOW_SECONDS = 60;
    private static final String QUOTA = PartnerRateLimitFilter.class.getName() + ".quota";

    /** The state of a client's quota after counting this request. */
    record Quota(int limit, int hits, long resetSeconds) {

        boolean exceeded() {
            return hits > limit;
        }

        Map<String, String> headers() {
            return Map.of(POLICY_HEADER, limit + ";w=" + WINDOW_SECONDS,
                    STATE_HEADER, "limit=" + limit + ", remaining=" + Math.max(0, limit - hits) + ", reset=" + resetSeconds);
        }
    }

    private final RateLimitConfig config;
    private final RateLimitCounters counters;
    private final CallerContext caller;

    public PartnerRateLimitFilter(RateLimitConfig config, RateLimitCounters counters, CallerContext caller) {
        this.config = config;
        this.counters = counters;
        this.caller = caller;
    }

    @ServerRequestFilter
    public void countPartnerRequest(ContainerRequestContext request) {
        if (!config.enabled()) {
            return;
        }
        Optional<String> clientId = partnerClientId(request);
        if (clientId.isEmpty()) {
            return;
        }
        RateLimitCounters.PartnerCount counted = counters.hitPartner(clientId.get());
        Quota quota = new Quota(counted.clientLimit().orElse(config.partnerRequestsPerMinute()),
                counted.count().hits(), counted.count().resetSeconds());
        request.setProperty(QUOTA, quota);
        if (quota.exceeded()) {
            Map<String, String> headers = new HashMap<>(quota.headers());
            headers.put(HttpHeaders.RETRY_AFTER, Long.toString(quota.resetSeconds()));
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                    "Ce client a dépassé sa limite de " + quota.limit() + " requêtes par minute. Réessayez dans "
                            + quota.resetSeconds() + " s.",
                    List.of(), headers);
        }
    }

    @ServerResponseFilter
    public void addRateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(QUOTA) instanceof Quota quota) {
            quota.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        }
    }

    /** The client id of a verified partner token; empty for anyone else, a bad token included (the endpoint answers it). */
    private Optional<String> partnerClientId(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        try {
            return caller.clientId();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
