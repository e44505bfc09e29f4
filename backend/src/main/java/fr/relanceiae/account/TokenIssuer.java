package fr.relanceiae.account;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.shared.security.CallerContext;
import io.smallrye.jwt.build.Jwt;

/**
 * Signs access tokens (RS256; issuer, audience and key from the
 * {@code smallrye.jwt.new-token.*} and {@code smallrye.jwt.sign.*} settings).
 */
@ApplicationScoped
public class TokenIssuer {

    static final Duration MAX_TTL = Duration.ofMinutes(30);

    private final Duration ttl;

    public TokenIssuer(AuthConfig config) {
        if (config.accessTokenTtl().compareTo(MAX_TTL) > 0 || config.accessTokenTtl().isNegative()
                || config.accessTokenTtl().isZero()) {
            throw new IllegalStateException("relance.auth.access-token-ttl must be between 1 second and 30 minutes, not "
                    + config.accessTokenTtl());
        }
        this.ttl = config.accessTokenTtl();
    }

    public long ttlSeconds() {
        return ttl.toSeconds();
    }

    public String forUser(AppUser user) {
        return Jwt.subject(user.id.toString())
                .upn(user.email)
                .groups(Set.of(user.role.group()))
                .claim(CallerContext.ORGANISATION_CLAIM, user.organisation.id.toString())
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(ttl)
                .sign();
    }

    public String forClient(PartnerClient client, String scope) {
        return Jwt.subject(client.clientId)
                .groups(Set.of(Role.partner.group()))
                .claim(CallerContext.ORGANISATION_CLAIM, client.organisation.id.toString())
                .claim(CallerContext.SCOPE_CLAIM, scope)
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(ttl)
                .sign();
    }
}
