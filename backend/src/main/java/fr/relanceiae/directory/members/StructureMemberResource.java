package fr.relanceiae.directory.members;

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

@Path("/api/v1/structures/{id}/members")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StructureMemberResource {

    private final StructureMemberService service;

    public StructureMemberResource(StructureMemberService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "listStructureMembers", summary = "The users acting for a structure",
            description = "The active siae users of the structure's organisation, invitations not yet followed included.")
    public List<StructureMember> list(@PathParam("id") UUID structureId) {
        return service.list(structureId);
    }

    @POST
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "addStructureMember", summary = "Give someone access to a structure",
            description = "Creates a siae user in the structure's organisation and e-mails an invitation (201), or "
                    + "attaches an existing siae user who acts for no other structure, giving back the access of a "
                    + "member removed earlier (200).")
    @APIResponse(responseCode = "201", description = "User created and invited",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StructureMember.class)))
    @APIResponse(responseCode = "200", description = "Existing user attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StructureMember.class)))
    @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public RestResponse<StructureMember> add(@PathParam("id") UUID structureId, @Valid @NotNull MemberInput input) {
        StructureMemberService.Added added = service.add(structureId, input);
        return RestResponse.status(added.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                added.member());
    }

    @DELETE
    @Path("/{userId}")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "removeStructureMember", summary = "Remove a member or withdraw an invitation",
            description = "The account is deactivated (nothing is deleted): its sessions end and its invitation or "
                    + "reset link stops working. Adding the same address again gives the access back.")
    @APIResponse(responseCode = "204", description = "Removed")
    public RestResponse<Void> remove(@PathParam("id") UUID structureId, @PathParam("userId") UUID userId) {
        service.remove(structureId, userId);
        return RestResponse.noContent();
    }
}
