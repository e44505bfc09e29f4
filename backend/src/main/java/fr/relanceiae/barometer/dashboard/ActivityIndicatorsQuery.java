package fr.relanceiae.barometer.dashboard;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fr.relanceiae.reference.StructureKind;

/** The period and the filters of the indicators (and of their export). */
public class ActivityIndicatorsQuery {

    static final String WEEK_PATTERN = "[0-9]{4}-W[0-9]{2}";
    static final String WEEK_MESSAGE = "semaine ISO attendue au format AAAA-Wss, par exemple 2026-W48";

    @QueryParam("from")
    @Size(max = 8)
    @Pattern(regexp = WEEK_PATTERN, message = WEEK_MESSAGE)
    @Parameter(description = "First ISO week, e.g. 2026-W37; default: 11 weeks before `to`", example = "2026-W37")
    public String from;

    @QueryParam("to")
    @Size(max = 8)
    @Pattern(regexp = WEEK_PATTERN, message = WEEK_MESSAGE)
    @Parameter(description = "Last ISO week; default: the current week (Paris time). At most "
            + ActivityPeriod.MAX_WEEKS + " weeks from `from`", example = "2026-W48")
    public String to;

    @QueryParam("department")
    @Size(max = 3)
    @Parameter(description = "Only the cells of this department (INSEE code), or `" + DashboardCells.WITHOUT_DEPARTMENT
            + "` for the structures without one", example = "93")
    public String department;

    @QueryParam("kind")
    @Parameter(description = "Only the cells of this kind of structure")
    public StructureKind kind;
}
