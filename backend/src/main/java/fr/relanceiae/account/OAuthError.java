package fr.relanceiae.account;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error of the OAuth token endpoint (RFC 6749 §5.2): this endpoint alone does not answer problem+json. */
@Schema(name = "OAuthError")
public record OAuthError(
        @Schema(required = true, enumeration = { "invalid_request", "invalid_client", "invalid_grant",
                "unauthorized_client", "unsupported_grant_type", "invalid_scope", "slow_down" }) String error,
        @JsonProperty("error_description") String errorDescription) {
}
