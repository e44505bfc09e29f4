package fr.relanceiae.financing.diagnostic;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fr.relanceiae.financing.compute.RiskLevel;
import fr.relanceiae.shared.paging.PagingQuery;

/** The diagnostics list's filters. */
public class FinancingDiagnosticQuery extends PagingQuery {

    static final String ME = "me";
    static final String NONE = "none";

    @QueryParam("status")
    @Size(max = 5)
    @Parameter(description = "Only diagnostics in these statuses (repeat the parameter)")
    public List<FinancingDiagnosticStatus> status;

    @QueryParam("riskLevel")
    @Size(max = 4)
    @Parameter(description = "Only diagnostics at these risk levels (repeat the parameter)")
    public List<RiskLevel> riskLevel;

    @QueryParam("department")
    @Size(max = 3)
    @Parameter(description = "Only structures of this department (code)")
    public String department;

    @QueryParam("assignee")
    @Size(max = 36)
    @Pattern(regexp = "me|none|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
            message = "attendu : « me », « none » ou l'identifiant d'un utilisateur")
    @Parameter(description = "`me` (the caller) or a user id: only the diagnostics that facilitator handles; "
            + "`none`: only those nobody handles yet")
    public String assignee;

    @QueryParam("structureId")
    @Parameter(description = "Only this structure's diagnostics")
    public UUID structureId;

    /** Whether only the diagnostics nobody handles are asked for. */
    boolean unassigned() {
        return NONE.equals(assignee);
    }

    /** The assignee asked for, {@code me} being {@code caller}; null when not filtered or {@link #unassigned()}. */
    UUID assigneeId(UUID caller) {
        if (assignee == null || unassigned()) {
            return null;
        }
        return ME.equals(assignee) ? caller : UUID.fromString(assignee);
    }
}
