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
 * The facilitators work can be given to (a follow-up of a declared need, a financing diagnostic):
 * the active ones, so that the web app offers « Attribuer à… » someone else than oneself.
 */
@Path("/api/v1/facilitators")
@Tag(name = "Facilitators", description = "The network's facilitators, whom follow-ups and diagnostics are assigned to")
@Produces(MediaType.APPLICATION_JSON)
public class FacilitatorResource {

    private final UserService service;

    public FacilitatorResource(UserService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "listFacilitators", summary = "Active facilitators, in name order",
            description = "The people a follow-up or a financing diagnostic may be assigned to: users of role "
                    + "facilitator who can sign in (the user and its organisation active), by display name. "
                    + "`q` looks in the name (case-insensitive substring).")
    public FacilitatorPage list(@Valid @BeanParam PageQuery page) {
        return service.listActiveFacilitators(page);
    }
}
