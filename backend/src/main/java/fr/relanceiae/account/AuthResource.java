package fr.relanceiae.account;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

import fr.relanceiae.shared.error.Problem;
import fr.relanceiae.shared.web.PublicUrl;
import fr.relanceiae.shared.web.ClientAddress;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/auth")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final SessionService sessions;
    private final PasswordService passwords;
    private final AuthConfig config;
    private final PublicUrl publicUrl;
    private final FailureLimits limits;

    public AuthResource(SessionService sessions, PasswordService passwords, AuthConfig config, PublicUrl publicUrl,
            FailureLimits limits) {
        this.sessions = sessions;
        this.passwords = passwords;
        this.config = config;
        this.publicUrl = publicUrl;
        this.limits = limits;
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(operationId = "login", summary = "Log in with e-mail and password",
            description = "Answers an access token and sets the refresh token in the HttpOnly cookie `relance_refresh`.")
    @APIResponse(responseCode = "200", description = "Logged in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong e-mail or password (`invalid-credentials`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The right password, but the account was created by sign-up and its "
            + "e-mail is not verified yet (`email-not-verified`): follow the link e-mailed, or ask for a new one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public RestResponse<SessionResponse> login(@Valid @NotNull LoginRequest request, @Context UriInfo uri,
            @Context HttpServerRequest http) {
        return withCookie(limits.login(ClientAddress.of(http), () -> sessions.login(request)), uri);
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "refreshSession", summary = "Get a new access token with the refresh cookie",
            description = "Rotates the refresh token: the cookie sent is refused from now on.")
    @APIResponse(responseCode = "200", description = "Session refreshed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    public RestResponse<SessionResponse> refresh(
            @Parameter(in = ParameterIn.COOKIE, hidden = true) @CookieParam(RefreshCookie.NAME) String refreshToken,
            @Context UriInfo uri) {
        return withCookie(sessions.refresh(refreshToken), uri);
    }

    @POST
    @Path("/logout")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "logout", summary = "End the session of the refresh cookie and clear it")
    @APIResponse(responseCode = "204", description = "Logged out")
    public RestResponse<Void> logout(
            @Parameter(in = ParameterIn.COOKIE, hidden = true) @CookieParam(RefreshCookie.NAME) String refreshToken,
            @Context UriInfo uri) {
        sessions.logout(refreshToken);
        return ResponseBuilder.<Void>noContent().cookie(RefreshCookie.cleared(uri, alwaysSecureCookie())).build();
    }

    @POST
    @Path("/password-reset-requests")
    @PermitAll
    @Operation(operationId = "requestPasswordReset", summary = "Send a password reset link",
            description = "Always answers 202, whether or not an account has this e-mail.")
    @APIResponse(responseCode = "202", description = "Accepted; a link is sent if an active account has this e-mail")
    public RestResponse<Void> requestPasswordReset(@Valid @NotNull PasswordResetRequest request) {
        passwords.requestReset(request);
        return RestResponse.accepted();
    }

    @POST
    @Path("/password-resets")
    @PermitAll
    @Operation(operationId = "resetPassword", summary = "Set a password from an invitation or reset link")
    @APIResponse(responseCode = "204", description = "Password set; every session of the user ended")
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public RestResponse<Void> resetPassword(@Valid @NotNull PasswordResetConfirmation confirmation,
            @Context HttpServerRequest http) {
        limits.passwordToken(ClientAddress.of(http), () -> {
            passwords.reset(confirmation);
            return null;
        }, result -> false);
        return RestResponse.noContent();
    }

    /*
     * A POST with the token in the body rather than GET /password-tokens/{token}: the token is a
     * secret, and paths end up in access logs, proxies and browser history.
     */
    @POST
    @Path("/password-token-checks")
    @PermitAll
    @Operation(operationId = "checkPasswordToken", summary = "Whether an invitation or reset link still works",
            description = "Does not use the link up. Answers only whether it works and what it is for, never whose it "
                    + "is. Links that do not work count against the caller's address (429 past the limit).")
    @APIResponse(responseCode = "200", description = "The link's state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PasswordTokenStatus.class)))
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public RestResponse<PasswordTokenStatus> checkPasswordToken(@Valid @NotNull PasswordTokenCheck check,
            @Context HttpServerRequest http) {
        return RestResponse.ok(limits.passwordToken(ClientAddress.of(http), () -> passwords.check(check),
                status -> !status.valid()));
    }

    private RestResponse<SessionResponse> withCookie(Session session, UriInfo uri) {
        return ResponseBuilder.ok(session.response())
                .cookie(RefreshCookie.of(session.refreshToken(), session.refreshTokenTtl(), uri, alwaysSecureCookie()))
                .build();
    }

    /** Secure whatever the request's scheme: so configured, or the app is public over https (TLS ends at a proxy). */
    private boolean alwaysSecureCookie() {
        return config.secureCookie() || publicUrl.isHttps();
    }
}
