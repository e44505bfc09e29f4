package fr.relanceiae.barometer.followup;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.shared.paging.PagingQuery;

/** The follow-up list's filters: status, need, department, who handles them; page and size. */
public class FollowUpQuery extends PagingQuery {

    @QueryParam("status")
    @Parameter(description = "Only follow-ups in this status")
    public FollowUpStatus status;

    @QueryParam("need")
    @Parameter(description = "Only follow-ups of this need")
    public Need need;

    @QueryParam("department")
    @Size(max = 3)
    @Parameter(description = "Only the structures of this department (code, e.g. 93 or 2A)")
    public String department;

    @QueryParam("assignee")
    @Size(max = 36)
    @Parameter(description = "`me` for the caller's, `none` for those handled by nobody, or a user's id")
    public String assignee;
}
