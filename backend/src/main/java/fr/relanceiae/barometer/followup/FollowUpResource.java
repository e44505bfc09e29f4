package fr.relanceiae.barometer.followup;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.barometer.followup.FollowUpViews.FollowUpPage;
import fr.relanceiae.barometer.followup.FollowUpViews.FollowUpView;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.ETags;

/** The needs structures declared in their surveys, for the facilitators to follow up. */
@Path("/api/v1/follow-ups")
@Tag(name = "Barometer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    private final FollowUpService service;

    public FollowUpResource(FollowUpService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "listFollowUps", summary = "Follow-ups of declared needs, newest first",
            description = "Filtered by status, need, the structure's department and who handles them. Each says "
                    + "what to do next (action) with the web page that does it.")
    public FollowUpPage list(@Valid @BeanParam FollowUpQuery query) {
        return service.list(query);
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "updateFollowUp", summary = "Change a follow-up's status, who handles it and its note",
            description = "The three as they are to be. The assignee is an active facilitator or admin (400). A DONE "
                    + "follow-up lets the same need, declared again, open a new one; reopening a DONE one while "
                    + "another is open for the same structure and need answers 409.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = HttpHeaders.ETAG))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<FollowUpView> update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FollowUpUpdate update) {
        FollowUpView view = service.update(id, ifMatch, update);
        return ETags.ok(view, view.version());
    }
}
