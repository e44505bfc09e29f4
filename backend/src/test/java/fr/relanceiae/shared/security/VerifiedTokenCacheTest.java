package fr.relanceiae.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.relanceiae.testing.TestTokens;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** A token is verified once, then taken from the cache until it expires (plus the leeway); anything else is verified. */
class VerifiedTokenCacheTest {

    private final VerifiedTokenCache cache = new VerifiedTokenCache();

    private static JWTAuthContextInfo settings() throws Exception {
        PublicKey publicKey = KeyUtils.readPublicKey("test-keys/public.pem");
        JWTAuthContextInfo settings = new JWTAuthContextInfo(publicKey, TestTokens.ISSUER);
        settings.setExpectedAudience(Set.of(TestTokens.AUDIENCE));
        settings.setClockSkew(0);
        return settings;
    }

    private static String token(long lifetimeSeconds) throws Exception {
        PrivateKey privateKey = KeyUtils.readPrivateKey("test-keys/private.pem");
        return Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("someone")
                .groups(Set.of(Roles.BUYER)).expiresIn(lifetimeSeconds).sign(privateKey);
    }

    @Test
    void a_token_is_verified_once_while_it_is_valid() throws Exception {
        JWTAuthContextInfo settings = settings();
        String token = token(600);
        JWTCallerPrincipal first = cache.parse(token, settings);
        assertThat(first.getGroups()).containsExactly(Roles.BUYER);
        assertThat(cache.parse(token, settings)).isSameAs(first);
        assertThat(cache.parse(token, settings())).as("other settings: verified again").isNotSameAs(first);
    }

    @Test
    void a_cached_token_is_refused_once_it_has_expired() throws Exception {
        JWTAuthContextInfo settings = settings();
        String token = token(1);
        cache.parse(token, settings);
        Thread.sleep(2100);
        assertThatThrownBy(() -> cache.parse(token, settings)).isInstanceOf(ParseException.class);
    }

    @Test
    void a_cached_token_is_served_within_the_leeway_after_expiry_and_never_beyond_it() throws Exception {
        JWTAuthContextInfo settings = settings();
        settings.setClockSkew(5);
        Instant expiry = Instant.now().minusSeconds(3);
        String token = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("someone")
                .groups(Set.of(Roles.BUYER)).issuedAt(expiry.minusSeconds(600)).expiresAt(expiry)
                .sign(KeyUtils.readPrivateKey("test-keys/private.pem"));
        JWTCallerPrincipal first = cache.parse(token, settings);
        assertThat(cache.parse(token, settings)).as("within the 5 s leeway").isSameAs(first);
        Thread.sleep(2600);
        assertThatThrownBy(() -> cache.parse(token, settings)).as("past expiry + leeway")
                .isInstanceOf(ParseException.class);
    }

    @Test
    void a_forged_token_is_refused_even_beside_a_cached_one() throws Exception {
        JWTAuthContextInfo settings = settings();
        String token = token(600);
        cache.parse(token, settings);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        assertThatThrownBy(() -> cache.parse(forged, settings)).isInstanceOf(ParseException.class);
    }
}
