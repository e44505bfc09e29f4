package fr.relanceiae.financing.indicators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.relanceiae.reference.WithoutDepartment;
import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.security.Roles;

/** How many structures are at each risk level, by department: the one view of diagnostics partners get. */
@Path("/api/v1/indicators/financing")
@Tag(name = "Financing", description = "Financing diagnostics, their recommendation rules and indicators")
@Produces(MediaType.APPLICATION_JSON)
public class FinancingIndicatorsResource {

    private final FinancingIndicatorsService service;
    private final CallerContext caller;

    public FinancingIndicatorsResource(FinancingIndicatorsService service, CallerContext caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "getFinancingIndicators", summary = "Open diagnostics by risk level and department",
            description = "Counts of the submitted diagnostics not closed (SUBMITTED, IN_REVIEW, ORIENTED), by "
                    + "department × risk level, with the margins. Partners (scope indicators:read) get every count of "
                    + "fewer than 5 structures withheld, and enough others that none can be recomputed from the "
                    + "margins; facilitators and admins get them all. The department filter applies after. Structures "
                    + "without a department count under the department `" + WithoutDepartment.CODE + "`, as in "
                    + "getActivityIndicators.")
    public FinancingIndicators get(@QueryParam("department") @Size(max = 3)
            @Parameter(description = "Only this department's cells (and the margins of all departments); `"
                    + WithoutDepartment.CODE + "` for the structures without one") String department) {
        return service.indicators(department, caller.isPartnerClient());
    }
}
