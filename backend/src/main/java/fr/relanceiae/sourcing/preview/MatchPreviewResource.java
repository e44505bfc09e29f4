package fr.relanceiae.sourcing.preview;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.relanceiae.shared.security.Roles;

/** The ranked candidates of a request, for facilitators, before or after publishing. */
@Path("/api/v1/sourcing-requests/{id}/matches")
@Tag(name = "Sourcing")
@Produces(MediaType.APPLICATION_JSON)
public class MatchPreviewResource {

    private final MatchPreviewService service;

    public MatchPreviewResource(MatchPreviewService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "getSourcingMatches", summary = "The structures that match a request, best first",
            description = "Each with its score (0–100) and its reasons in French, the distance for a point, and "
                    + "whether it is targeted, excluded or already solicited. Excluded structures are listed so that "
                    + "they can be taken back. Facilitators only.")
    public MatchPreview matches(@PathParam("id") UUID id,
            @Parameter(description = "How many candidates to list (1–1000)") @QueryParam("limit") @DefaultValue("100")
            @Min(1) @Max(1000) int limit) {
        return service.preview(id, limit);
    }
}
