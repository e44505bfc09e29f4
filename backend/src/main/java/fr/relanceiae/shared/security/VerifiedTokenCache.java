package fr.relanceiae.shared.security;

import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies each access token once: checking an RS256 signature is the costliest
 * step of a small request (about a tenth of a directory search's CPU), and a web
 * app sends the same token for up to 15 minutes. A token is taken from the cache
 * only until it expires plus the leeway the verification allows
 * ({@code mp.jwt.verify.clock.skew}, 5 s), and only for the verification settings it was
 * checked with; anything else (a new, forged or expired token) goes through the
 * full verification. Access tokens cannot be revoked before they expire, cached or not.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokenCache extends JWTCallerPrincipalFactory {

    private static final int MAX_TOKENS = 10_000;

    private record Verified(JWTCallerPrincipal principal, JWTAuthContextInfo settings) {
    }

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo settings) throws ParseException {
        Verified known = verified.get(token);
        if (known != null && known.settings() == settings
                && known.principal().getExpirationTime() + leewaySeconds(settings) > System.currentTimeMillis() / 1000) {
            return known.principal();
        }
        JWTCallerPrincipal principal = verifier.parse(token, settings);
        if (verified.size() >= MAX_TOKENS) {
            verified.clear(); // rare (that many live tokens): start again rather than track ages
        }
        verified.put(token, new Verified(principal, settings));
        return principal;
    }

    /** As the full verification counts it: the expiration grace when set, the clock skew otherwise. */
    static long leewaySeconds(JWTAuthContextInfo settings) {
        return settings.getExpGracePeriodSecs() > 0 ? settings.getExpGracePeriodSecs()
                : Math.max(0, settings.getClockSkew());
    }
}
