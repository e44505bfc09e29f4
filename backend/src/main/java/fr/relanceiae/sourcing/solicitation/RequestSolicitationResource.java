package fr.relanceiae.sourcing.solicitation;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.shared.security.Roles;

/**
 * The solicitations of one published request: its list (its buyer, the partner that created
 * it, facilitators), and a facilitator's additions and removals. A class of its own so that
 * its path is matched apart from the request's resource.
 */
@Path("/api/v1/sourcing-requests/{id}/solicitations")
@Tag(name = "Sourcing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestSolicitationResource {

    private final SolicitationService service;

    public RequestSolicitationResource(SolicitationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.BUYER, Roles.FACILITATOR, Roles.PARTNER })
    @Operation(operationId = "listRequestSolicitations", summary = "Every structure solicited for a request, with its answer",
            description = "Best scores first. The buyer organisation of the request, and the partner (scope "
                    + "sourcing:read) that created it, see the contact details of the interested structures only; "
                    + "facilitators see every one's (to call the unreachable). Another organisation's request, or "
                    + "for a partner one it did not create, is 404.")
    public List<SolicitationView> listForRequest(@PathParam("id") UUID requestId) {
        return service.listForRequest(requestId);
    }

    @POST
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "addRequestSolicitation", summary = "Solicit one more structure for a published request",
            description = "Sends it the solicitation e-mail with its personal link. A structure removed earlier is "
                    + "restored (200); one already solicited is a 409.")
    @APIResponse(responseCode = "201", description = "Solicited",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SolicitationView.class)))
    @APIResponse(responseCode = "200", description = "A removed solicitation restored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SolicitationView.class)))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<SolicitationView> add(@PathParam("id") UUID requestId, @Valid @NotNull SolicitationAddInput input) {
        SolicitationService.Added added = service.add(requestId, input);
        return RestResponse.status(added.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK, added.view());
    }

    @DELETE
    @Path("{structureId}")
    @RolesAllowed(Roles.FACILITATOR)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "removeRequestSolicitation", summary = "Withdraw a structure's solicitation",
            description = "An answered solicitation is kept and marked removed (its answer stays on record); an "
                    + "unanswered one is deleted and its personal link stops working.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<Void> remove(@PathParam("id") UUID requestId, @PathParam("structureId") UUID structureId) {
        service.remove(requestId, structureId);
        return RestResponse.noContent();
    }
}
