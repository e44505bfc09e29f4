package fr.relanceiae.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An access token and who it is for; the refresh token travels only in the HttpOnly cookie. */
public record SessionResponse(
        @Schema(required = true) String accessToken,
        @Schema(required = true, example = "Bearer") String tokenType,
        @Schema(required = true, description = "Seconds until the access token expires") int expiresIn,
        @Schema(required = true) CurrentUser user) {
}
