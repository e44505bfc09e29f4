package fr.relanceiae.account;

import java.time.Duration;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;

/**
 * The refresh token's cookie: HttpOnly (no script reads it), SameSite=Strict
 * and limited to the auth endpoints (sent nowhere else), Secure over HTTPS.
 */
final class RefreshCookie {

    static final String NAME = "relance_refresh";
    static final String PATH = "/api/v1/auth";

    private RefreshCookie() {
    }

    static NewCookie of(String token, Duration lifetime, UriInfo uri, boolean forceSecure) {
        return build(token, (int) lifetime.toSeconds(), uri, forceSecure);
    }

    static NewCookie cleared(UriInfo uri, boolean forceSecure) {
        return build("", 0, uri, forceSecure);
    }

    private static NewCookie build(String value, int maxAge, UriInfo uri, boolean forceSecure) {
        return new NewCookie.Builder(NAME)
                .value(value)
                .path(PATH)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(forceSecure || "https".equalsIgnoreCase(uri.getRequestUri().getScheme()))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
