package fr.relanceiae.account;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A successful OAuth 2.0 token response (RFC 6749 §5.1). */
public record ClientTokenResponse(
        @Schema(required = true) @JsonProperty("access_token") String accessToken,
        @Schema(required = true, example = "Bearer") @JsonProperty("token_type") String tokenType,
        @Schema(required = true) @JsonProperty("expires_in") long expiresIn,
        @Schema(required = true, description = "Space-separated scopes granted") String scope) {
}
