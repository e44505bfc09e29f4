package fr.relanceiae.account;

import java.lang.reflect.Method;

import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.security.PublicRead;
import fr.relanceiae.shared.web.ClientAddress;
import fr.relanceiae.shared.web.LinkLookupLimit;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Anonymous calls to the public reads ({@link PublicRead}) are counted per client address, at most
 * {@code relance.rate-limit.anonymous-requests-per-minute} in a one-minute window, in the shared
 * counters (so across replicas); beyond, a 429 with {@code Retry-After}. Signed-in callers are not
 * counted here, partners are counted by {@link PartnerRateLimitFilter}. It runs after matching, on
 * the worker thread of the (blocking) resource method and outside its transaction, as the counters
 * require.
 */
public class AnonymousReadLimitFilter {

    private final CallerContext caller;
    private final CurrentVertxRequest current;
    private final LinkLookupLimit limit;

    public AnonymousReadLimitFilter(CallerContext caller, CurrentVertxRequest current, RateLimitConfig config,
            RateLimitCounters counters) {
        this.caller = caller;
        this.current = current;
        this.limit = new LinkLookupLimit(config, counters, "anonymous-read-address:",
                config.anonymousRequestsPerMinute(), "Trop de consultations de l'annuaire depuis votre adresse. "
                        + "Connectez-vous pour continuer sans limite, ou patientez.");
    }

    @ServerRequestFilter
    public void countAnonymousRead(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !isPublicRead(method) || caller.isAuthenticated()) {
            return;
        }
        limit.check(ClientAddress.of(current.getCurrent().request()));
    }

    private static boolean isPublicRead(Method method) {
        return method.isAnnotationPresent(PublicRead.class) || method.getDeclaringClass().isAnnotationPresent(PublicRead.class);
    }
}
