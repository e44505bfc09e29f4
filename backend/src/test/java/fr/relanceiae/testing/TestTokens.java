package fr.relanceiae.testing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import fr.relanceiae.shared.security.PartnerScope;
import fr.relanceiae.shared.security.Roles;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Access tokens built by hand, valid or broken in one precise way. Signed with
 * the test key (smallrye.jwt.sign.key.location of the test profile) unless told otherwise.
 */
public final class TestTokens {

    public static final String ISSUER = "https://relance-iae.fr";
    public static final String AUDIENCE = "relance-iae";

    private TestTokens() {
    }

    /**
     * Claims of a valid token for a person with this role, to adjust before signing; a partner's
     * has every scope, as the demo client's (see {@link #partner(String...)} for fewer).
     */
    public static JwtClaimsBuilder claims(String role) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(UUID.randomUUID().toString())
                .upn("test@test.relance-iae.fr")
                .groups(Set.of(role))
                .claim("org", UUID.randomUUID().toString())
                .expiresIn(600);
        return Roles.PARTNER.equals(role) ? claims.claim("scope", String.join(" ", PartnerScope.allValues())) : claims;
    }

    /** A partner client's token with exactly these scopes (none: no scope at all). */
    public static String partner(String... scopes) {
        return claims(Roles.PARTNER).claim("scope", String.join(" ", scopes)).sign();
    }

    public static String valid(String role) {
        return claims(role).sign();
    }

    public static String signedWithAnotherKey(String role) {
        return claims(role).sign(freshPrivateKey());
    }

    public static String withIssuer(String role, String issuer) {
        return claims(role).issuer(issuer).sign();
    }

    public static String withAudience(String role, String audience) {
        return claims(role).audience(audience).sign();
    }

    public static String expired(String role) {
        Instant past = Instant.now().minusSeconds(3600);
        return claims(role).issuedAt(past.minusSeconds(600)).expiresAt(past).sign();
    }

    /** An unsigned token ({@code alg: none}) with otherwise valid claims. */
    public static String unsigned(String role) {
        String validToken = valid(role);
        String payload = validToken.split("\\.")[1];
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + payload + ".";
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey freshPrivateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded claims (payload) of a token, without verification: for assertions. */
    public static String payloadJson(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
