package fr.relanceiae.sourcing.preview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.relanceiae.shared.security.Roles;
import fr.relanceiae.sourcing.request.SourcingRequestInput;

/** The live counter of « Nouveau besoin »: how many structures could answer, and the advice that follows. */
@Path("/api/v1/sourcing-requests/potential")
@Tag(name = "Sourcing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PotentialResource {

    private final MatchPreviewService service;

    public PotentialResource(MatchPreviewService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.BUYER, Roles.FACILITATOR, Roles.PARTNER })
    @Operation(operationId = "getSourcingPotential", summary = "How many structures could answer a need being written",
            description = "The body is a sourcing request, possibly incomplete (as while the buyer types): without a "
                    + "sector or a place nothing matches yet. Answers how many structures match, how many of them a "
                    + "solicitation reaches, and a recommendation with its reason: reserve the contract when more than "
                    + "30 match and the amount is under 30 % of their average revenue, a dedicated lot when more than "
                    + "10, a social clause when more than 1. Nothing is saved.")
    public SourcingPotential potential(@Valid @NotNull SourcingRequestInput input) {
        return service.potential(input);
    }
}
