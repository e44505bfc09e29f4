package fr.relanceiae.directory.profile;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.relanceiae.directory.search.DirectorySearchService;
import fr.relanceiae.directory.search.StructureSummary;
import fr.relanceiae.shared.security.Roles;

/**
 * The structures a siae user acts for. A root resource of its own: under
 * {@code /api/v1/me}, the longest root path wins the match.
 */
@Path("/api/v1/me/structures")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
public class MyStructuresResource {

    private final DirectorySearchService search;

    public MyStructuresResource(DirectorySearchService search) {
        this.search = search;
    }

    @GET
    @RolesAllowed(Roles.SIAE)
    @Operation(operationId = "listMyStructures", summary = "The structures of the siae user's organisation, "
            + "deactivated ones included, by name (siae users only: other roles get 403)")
    public List<StructureSummary> list() {
        return search.ofCallerOrganisation();
    }
}
