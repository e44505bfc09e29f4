package fr.relanceiae.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.relanceiae.shared.error.ProblemExceptionMappers;
import fr.relanceiae.shared.web.ClientAddress;
import io.vertx.core.http.HttpServerRequest;

/** The OAuth 2.0 token endpoint (client credentials); its errors follow RFC 6749 §5.2, not problem+json. */
@Path("/api/v1/auth/token")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
public class OAuthTokenResource {

    static final int MAX_GRANT_TYPE_LENGTH = 64;
    static final int MAX_SCOPE_LENGTH = 1000;

    private final ClientCredentialsService service;
    private final FailureLimits limits;

    public OAuthTokenResource(ClientCredentialsService service, FailureLimits limits) {
        this.service = service;
        this.limits = limits;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "issueClientToken", summary = "Get an access token with client credentials (OAuth 2.0)",
            description = "Client id and secret in the body or with HTTP Basic (not both). Errors are RFC 6749 "
                    + "`{error, error_description}`, not problem+json.")
    @APIResponse(responseCode = "200", description = "Access token with group `partner`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientTokenResponse.class)))
    @APIResponse(responseCode = "400", description = "`invalid_request`, `unsupported_grant_type` or `invalid_scope`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthError.class)))
    @APIResponse(responseCode = "401", description = "`invalid_client`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthError.class)))
    @APIResponse(responseCode = "429", description = "`slow_down`: too many failed client authentications for this "
            + "client id or from this address; retry after the `Retry-After` delay",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthError.class)))
    public ClientTokenResponse issue(
            @RestForm("grant_type") @Schema(required = true, example = "client_credentials", maxLength = MAX_GRANT_TYPE_LENGTH) String grantType,
            @RestForm("client_id") @Schema(maxLength = ClientCredentials.MAX_CLIENT_ID_LENGTH) String clientId,
            @RestForm("client_secret") @Schema(maxLength = ClientCredentials.MAX_SECRET_LENGTH) String clientSecret,
            @RestForm("scope") @Schema(description = "Space-separated subset of the client's scopes; all of them when absent",
                    maxLength = MAX_SCOPE_LENGTH) String scope,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request) {
        ClientCredentials credentials = ClientCredentials.from(authorization, clientId, clientSecret);
        return limits.clientAuthentication(credentials.clientId(), ClientAddress.of(request),
                () -> service.issue(ClientCredentials.formValue("grant_type", grantType, MAX_GRANT_TYPE_LENGTH),
                        ClientCredentials.formValue("scope", scope, MAX_SCOPE_LENGTH), credentials));
    }

    /** Any other content type: RFC 6749 asks for a form, and its error format applies here too. */
    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public ClientTokenResponse notAForm() {
        throw OAuthException.invalidRequest("The request must be application/x-www-form-urlencoded.");
    }

    /**
     * A form body with a broken percent escape ({@code client_id=%zz}) fails while Quarkus REST decodes it,
     * before the method runs: that is the client's {@code invalid_request}, not a server error.
     */
    @ServerExceptionMapper
    public Response undecodableForm(IllegalArgumentException e, UriInfo uri, HttpHeaders headers) {
        boolean formDecoding = e.getMessage() != null && e.getMessage().startsWith("Failed to decode");
        if (!formDecoding) {
            return new ProblemExceptionMappers().unexpected(e, uri, headers);
        }
        return oauthError(OAuthException.invalidRequest("The form body has an invalid percent-encoding."));
    }

    @ServerExceptionMapper
    public Response oauthError(OAuthException e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON)
                .header("Pragma", "no-cache")
                .entity(new OAuthError(e.error(), e.getMessage()));
        if (e.basicAuthenticationUsed()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"relance-iae\"");
        }
        if (e.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return response.build();
    }
}
