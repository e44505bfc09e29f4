package fr.relanceiae.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import fr.relanceiae.shared.error.ProblemResponses;
import fr.relanceiae.shared.error.ProblemType;
import fr.relanceiae.shared.security.Roles;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Requests per minute of each partner client (the subject of a partner token): the
 * client's own limit when an admin set one, otherwise {@code relance.rate-limit.partner-requests-per-minute}.
 * Every request with a partner token is counted in a window of one minute that starts at the
 * first; over the limit the answer is 429 with {@code Retry-After} until the window ends.
 *
 * <p>A client found over its limit is refused without a database round trip until its
 * window ends, as the database said when it refused it (in a window, the count only grows):
 * a flood then costs no database work nor worker thread, which the other clients need
 * (backend/bench/rate-limit.sh measures it). This is the one thing kept in memory, a refusal,
 * never a count; a limit raised by an admin while a client is refused applies from the
 * client's next window (at most a minute).
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

    /** A client refused until {@code until} (System.nanoTime()) with this limit. */
    private record Refused(int limit, long until) {
    }

    private static final int MAX_REFUSED_CLIENTS = 10_000;

    private final ConcurrentHashMap<String, Refused> refused = new ConcurrentHashMap<>();
    private final RateLimitConfig config;
    private final RateLimitCounters counters;
    private final CurrentIdentityAssociation identities;
    private final Vertx vertx;

    public PartnerRateLimitFilter(RateLimitConfig config, RateLimitCounters counters,
            CurrentIdentityAssociation identities, Vertx vertx) {
        this.config = config;
        this.counters = counters;
        this.identities = identities;
        this.vertx = vertx;
    }

    /**
     * Pre-matching, so that it runs before the role and scope checks: the requests they
     * refuse are counted and carry the headers too. It runs on the event loop; the count
     * (one statement) runs on a worker thread.
     */
    @ServerRequestFilter(preMatching = true)
    public Uni<Response> countPartnerRequest(ContainerRequestContext request, UriInfo uri) {
        if (!config.enabled() || !hasBearerToken(request)) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull() // a bad token: the endpoint answers it, uncounted
                .onItem().transformToUni(identity -> {
                    Optional<String> clientId = partnerClientId(identity);
                    if (clientId.isEmpty()) {
                        return Uni.createFrom().nullItem();
                    }
                    Optional<Quota> stillRefused = stillRefused(clientId.get());
                    if (stillRefused.isPresent()) {
                        request.setProperty(QUOTA, stillRefused.get());
                        return Uni.createFrom().item(refusal(stillRefused.get(), request, uri));
                    }
                    return Uni.createFrom()
                            .completionStage(vertx.executeBlocking(() -> counters.hitPartner(clientId.get()), false)
                                    .toCompletionStage())
                            .map(counted -> {
                                Quota quota = new Quota(counted.clientLimit().orElse(config.partnerRequestsPerMinute()),
                                        counted.count().hits(), counted.count().resetSeconds());
                                request.setProperty(QUOTA, quota);
                                if (!quota.exceeded()) {
                                    return null;
                                }
                                remember(clientId.get(), quota.limit(), counted.count().resetMillis());
                                return refusal(quota, request, uri);
                            });
                });
    }

    @ServerResponseFilter
    public void addRateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(QUOTA) instanceof Quota quota) {
            quota.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        }
    }

    private Optional<Quota> stillRefused(String clientId) {
        Refused known = refused.get(clientId);
        if (known == null) {
            return Optional.empty();
        }
        long left = known.until() - System.nanoTime();
        if (left <= 0) {
            refused.remove(clientId, known);
            return Optional.empty();
        }
        long seconds = Math.max(1, (TimeUnit.NANOSECONDS.toMillis(left) + 999) / 1000);
        return Optional.of(new Quota(known.limit(), known.limit() + 1, seconds));
    }

    private void remember(String clientId, int limit, long resetMillis) {
        if (refused.size() >= MAX_REFUSED_CLIENTS) {
            long now = System.nanoTime();
            refused.values().removeIf(entry -> entry.until() - now <= 0);
        }
        refused.put(clientId, new Refused(limit, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(resetMillis)));
    }

    private static Response refusal(Quota quota, ContainerRequestContext request, UriInfo uri) {
        Map<String, String> headers = new HashMap<>(quota.headers());
        headers.put(HttpHeaders.RETRY_AFTER, Long.toString(quota.resetSeconds()));
        return ProblemResponses.forRequest(ProblemType.TOO_MANY_REQUESTS,
                "Ce client a dépassé sa limite de " + quota.limit() + " requêtes par minute. Réessayez dans "
                        + quota.resetSeconds() + " s.",
                uri.getPath(), request.getHeaderString(ProblemResponses.CORRELATION_HEADER), List.of(), headers);
    }

    private static boolean hasBearerToken(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The client id (the subject) of a verified partner token; empty for anyone else. */
    private static Optional<String> partnerClientId(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !identity.hasRole(Roles.PARTNER)
                || !(identity.getPrincipal() instanceof JsonWebToken token) || token.getSubject() == null) {
            return Optional.empty();
        }
        return Optional.of(token.getSubject());
    }
}
