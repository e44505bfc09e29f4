package fr.relanceiae.account;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.shared.paging.PageQuery;
import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.shared.web.ETags;

@Path("/api/v1/admin/users")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserAdminResource {

    private final UserService service;
    private final CallerContext caller;

    public UserAdminResource(UserService service, CallerContext caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listUsers", summary = "List users (paged, filtered by text, organisation, role)")
    public UserPage list(@Valid @BeanParam PageQuery page, @QueryParam("organisationId") UUID organisationId,
            @QueryParam("role") Role role) {
        return service.list(page, organisationId, role);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createUser", summary = "Create a user and e-mail them an invitation link")
    @APIResponse(responseCode = "201", description = "Created; invitation sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<UserView> create(@Valid @NotNull UserInput input) {
        return RestResponse.status(RestResponse.Status.CREATED, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateUser", summary = "Update or deactivate a user",
            description = "`active: false` ends the user's sessions. An admin may not deactivate their own account "
                    + "nor give up their own admin role (409, field `active` or `role`).")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<UserView> update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ETags.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull UserInput input) {
        UserView updated = service.update(id, ifMatch, input, caller.requireUserId());
        return ETags.ok(updated, updated.version());
    }

    @POST
    @Path("/{id}/invitation")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "resendInvitation", summary = "Send the user a new invitation link",
            description = "Earlier links stop working.")
    @APIResponse(responseCode = "202", description = "Invitation sent")
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<Void> resendInvitation(@PathParam("id") UUID id) {
        service.resendInvitation(id);
        return RestResponse.accepted();
    }
}
