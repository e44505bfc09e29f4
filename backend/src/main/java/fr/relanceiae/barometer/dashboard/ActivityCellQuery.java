package fr.relanceiae.barometer.dashboard;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.paging.PagingQuery;

/** One cell of the indicators (a week, a department or all, a kind or all), paged: for the drill-downs. */
public class ActivityCellQuery extends PagingQuery {

    @QueryParam("week")
    @NotNull(message = "semaine obligatoire")
    @Size(max = 8)
    @Pattern(regexp = ActivityIndicatorsQuery.WEEK_PATTERN, message = ActivityIndicatorsQuery.WEEK_MESSAGE)
    @Parameter(required = true, description = "ISO week", example = "2026-W48")
    public String week;

    @QueryParam("department")
    @Size(max = 3)
    @Parameter(description = "A department (INSEE code), `" + DashboardCells.WITHOUT_DEPARTMENT
            + "` for the structures without one; all when absent", example = "93")
    public String department;

    @QueryParam("kind")
    @Parameter(description = "A kind of structure; all when absent")
    public StructureKind kind;
}
