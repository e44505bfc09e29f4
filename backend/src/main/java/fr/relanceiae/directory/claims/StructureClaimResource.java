package fr.relanceiae.directory.claims;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.account.signup.SignUpLimits;
import fr.relanceiae.shared.paging.PagingQuery;
import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.ClientAddress;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/structure-claims")
@Tag(name = "Structure claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StructureClaimResource {

    private final StructureClaimService service;
    private final SignUpLimits limits;
    private final CallerContext caller;

    public StructureClaimResource(StructureClaimService service, SignUpLimits limits, CallerContext caller) {
        this.service = service;
        this.limits = limits;
        this.caller = caller;
    }

    @POST
    @Path("/confirmation")
    @PermitAll
    @Operation(operationId = "confirmStructureClaim", summary = "Attach a person to a structure with the link sent to its contact e-mail",
            description = "A link works once, for 7 days (400 `invalid-token` otherwise); links that do not work count "
                    + "against the caller's address.")
    @APIResponse(responseCode = "200", description = "The person now acts for the structure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConfirmedStructureClaim.class)))
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public RestResponse<ConfirmedStructureClaim> confirm(@Valid @NotNull StructureClaimConfirmation request,
            @Context HttpServerRequest http) {
        return RestResponse.ok(limits.token(ClientAddress.of(http), () -> service.confirm(request)));
    }

    @GET
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "listStructureClaims", summary = "Requests to act for a structure (« Demandes de rattachement »)",
            description = "Oldest first; all of them without `status`.")
    public StructureClaimPage list(@Parameter(description = "Only the claims in this state") @QueryParam("status") ClaimStatus status,
            @Valid @BeanParam PagingQuery query) {
        return service.list(status, query);
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "acceptStructureClaim", summary = "Accept a pending claim",
            description = "The person acts for the structure from now on (a proposed structure is activated) and is told by "
                    + "e-mail. 409 when the claim is no longer pending.")
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<StructureClaimView> accept(@PathParam("id") UUID id) {
        return RestResponse.ok(service.accept(id, caller.requireUserId()));
    }

    @POST
    @Path("/{id}/refusal")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "refuseStructureClaim", summary = "Refuse a pending claim, with a reason e-mailed to the person",
            description = "409 when the claim is no longer pending.")
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<StructureClaimView> refuse(@PathParam("id") UUID id, @Valid @NotNull StructureClaimRefusal request) {
        return RestResponse.ok(service.refuse(id, request, caller.requireUserId()));
    }
}
