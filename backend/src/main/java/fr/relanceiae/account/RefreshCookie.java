package fr.relanceiae.account;

import java.time.Duration;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;

/**
 * The refresh token's cookie: HttpOnly (no script reads it), SameSite=Strict
 * and limited to the auth endpoints (sent nowhere else), Secure over HTTPS: when
 * the request came over https (as told by a trusted proxy's X-Forwarded-Proto or
 * Forwarded header, when quarkus.http.proxy.* says to trust it), or always when
 * {@code alwaysSecure} (the public URL is https, or relance.auth.secure-cookie).
 */
final class RefreshCookie {

    static final String NAME = "relance_refresh";
    static final String PATH = "/api/v1/auth";

    private RefreshCookie() {
    }

    static NewCookie of(String token, Duration lifetime, UriInfo uri, boolean alwaysSecure) {
        return build(token, (int) lifetime.toSeconds(), uri, alwaysSecure);
    }

    static NewCookie cleared(UriInfo uri, boolean alwaysSecure) {
        return build("", 0, uri, alwaysSecure);
    }

    private static NewCookie build(String value, int maxAge, UriInfo uri, boolean alwaysSecure) {
        return new NewCookie.Builder(NAME)
                .value(value)
                .path(PATH)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(alwaysSecure || "https".equalsIgnoreCase(uri.getRequestUri().getScheme()))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
