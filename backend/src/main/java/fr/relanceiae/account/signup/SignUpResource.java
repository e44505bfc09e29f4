package fr.relanceiae.account.signup;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.directory.claims.StructureClaimService;
import fr.relanceiae.shared.web.ClientAddress;
import io.vertx.core.http.HttpServerRequest;

/**
 * Public sign-up: the answers are the same whether or not the e-mail is known (a known address
 * gets a mail saying so instead), and every call counts against the caller's address and the
 * e-mail given ({@link SignUpLimits}).
 */
@Path("/api/v1/sign-up")
@Tag(name = "Sign-up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignUpResource {

    private final SignUpService signUps;
    private final StructureClaimService claims;
    private final SignUpLimits limits;

    public SignUpResource(SignUpService signUps, StructureClaimService claims, SignUpLimits limits) {
        this.signUps = signUps;
        this.claims = claims;
        this.limits = limits;
    }

    @POST
    @Path("/buyer")
    @PermitAll
    @Operation(operationId = "signUpBuyer", summary = "Sign up as a buyer",
            description = "Creates the organisation (to be verified by facilitators) and an account that becomes active "
                    + "when the link e-mailed (valid 24 h) is followed. Always 202 with the same body once the input is "
                    + "valid: an address already known gets a mail saying so instead.")
    @APIResponse(responseCode = "202", description = "Accepted; a mail is on its way",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignUpAccepted.class)))
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public RestResponse<SignUpAccepted> signUpBuyer(@Valid @NotNull BuyerSignUp request, @Context HttpServerRequest http) {
        limits.count(ClientAddress.of(http), request.email());
        return RestResponse.accepted(signUps.signUpBuyer(request));
    }

    @POST
    @Path("/structure")
    @PermitAll
    @Operation(operationId = "signUpStructure", summary = "Sign up to act for a structure",
            description = "Creates an account (active once the e-mailed link is followed) and a claim of the structure of "
                    + "this SIRET: a link to its contact e-mail when the directory has one, otherwise a request in the "
                    + "facilitators' queue. A SIRET missing from the directory needs `proposal`: the structure is created "
                    + "inactive until a facilitator accepts. Always 202 with the same body once the input is valid.")
    @APIResponse(responseCode = "202", description = "Accepted; a mail is on its way",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignUpAccepted.class)))
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public RestResponse<SignUpAccepted> signUpStructure(@Valid @NotNull StructureSignUp request,
            @Context HttpServerRequest http) {
        limits.count(ClientAddress.of(http), request.email());
        return RestResponse.accepted(claims.signUp(request));
    }

    @POST
    @Path("/verification")
    @PermitAll
    @Operation(operationId = "verifyEmail", summary = "Verify the e-mail of a new account with the link's token",
            description = "Activates the account. A link works once, for 24 hours (400 `invalid-token` otherwise); "
                    + "links that do not work count against the caller's address.")
    @APIResponse(responseCode = "200", description = "Verified",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmailVerified.class)))
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public RestResponse<EmailVerified> verifyEmail(@Valid @NotNull EmailVerification request,
            @Context HttpServerRequest http) {
        return RestResponse.ok(limits.token(ClientAddress.of(http), () -> signUps.verify(request)));
    }

    @POST
    @Path("/verification/resend")
    @PermitAll
    @Operation(operationId = "resendVerification", summary = "Send the verification link again",
            description = "Always 202 with the same body: a new link goes out only to an account still waiting for it.")
    @APIResponse(responseCode = "202", description = "Accepted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignUpAccepted.class)))
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public RestResponse<SignUpAccepted> resendVerification(@Valid @NotNull VerificationResend request,
            @Context HttpServerRequest http) {
        limits.count(ClientAddress.of(http), request.email());
        return RestResponse.accepted(signUps.resend(request));
    }
}
