package fr.relanceiae.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.relanceiae.shared.paging.PageQuery;
import fr.relanceiae.shared.security.Roles;

/**
 * The organisations a facilitator or a partner may write sourcing requests and ongoing
 * contracts for: the active public and private buyers. The administrators' list of every
 * organisation stays theirs.
 */
@Path("/api/v1/buyer-organisations")
@Tag(name = "Sourcing")
@Produces(MediaType.APPLICATION_JSON)
public class BuyerOrganisationResource {

    private final OrganisationService service;

    public BuyerOrganisationResource(OrganisationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.FACILITATOR, Roles.PARTNER })
    @Operation(operationId = "listBuyerOrganisations", summary = "Active buyer organisations, in name order",
            description = "The organisations a facilitator or a partner (scope sourcing:write) may name as "
                    + "`buyerOrganisationId` of a sourcing request: active, public or private buyers. "
                    + "`q` looks in the name (case-insensitive substring).")
    public BuyerOrganisationPage list(@Valid @BeanParam PageQuery page) {
        return service.listActiveBuyers(page);
    }
}
