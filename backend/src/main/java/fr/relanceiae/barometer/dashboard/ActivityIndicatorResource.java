package fr.relanceiae.barometer.dashboard;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ActivityCellSurveyPage;
import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ActivityIndicators;
import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.NonRespondentPage;
import fr.relanceiae.directory.exporting.StructureExportWriter;
import fr.relanceiae.directory.importing.CsvVocabulary;
import fr.relanceiae.directory.importing.StructureCsv.Layout;
import fr.relanceiae.shared.security.CallerContext;
import fr.relanceiae.shared.security.Roles;

/** The activity barometer's dashboard: the weekly indicators, their export, and the facilitators' drill-downs. */
@Path("/api/v1/indicators/activity")
@Tag(name = "Barometer")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityIndicatorResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String WHO = " Facilitators and administrators see every figure; partners (scope "
            + "indicators:read) see every cell of fewer than 5 structures suppressed, and the further cells that would "
            + "let one be recomputed from the margins — each week suppressed as a whole, then filtered.";

    private static final int LEVELS = 4;

    private final ActivityIndicatorService indicators;
    private final ActivityCellService cells;
    private final CallerContext caller;
    private final ActivityIndicatorExport export;

    public ActivityIndicatorResource(ActivityIndicatorService indicators, ActivityCellService cells,
            CallerContext caller, CsvVocabulary vocabulary) {
        this.indicators = indicators;
        this.cells = cells;
        this.caller = caller;
        this.export = new ActivityIndicatorExport(vocabulary);
    }

    @GET
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "getActivityIndicators", summary = "The weekly indicators by department and kind",
            description = "Per ISO week × department × kind: structures that answered, quartiles of the activity "
                    + "level, mean revenue loss, insertion totals, share of each need, support continuity totals; with "
                    + "the margins (per week × department, per week × kind, per week). The rows of all kinds carry "
                    + "the response rate against the department's active structures (the week's row: all of them); a "
                    + "department with active structures and no answer has a row of 0 structures. Structures without "
                    + "a department count under the department `" + DashboardCells.WITHOUT_DEPARTMENT + "`. A year "
                    + "of every cell is tens of thousands of rows: a page asks for the levels it shows (`level`), "
                    + "and leaves the whole cube to the export." + WHO)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActivityIndicators.class)))
    public Response get(@Valid @BeanParam ActivityIndicatorsQuery query,
            @QueryParam("level") @Size(max = LEVELS)
            @Parameter(description = "Only the rows of these levels (repeat the parameter, e.g. `level=DEPARTMENT&"
                    + "level=KIND`): DEPARTMENT_AND_KIND (one department × one kind), DEPARTMENT (one department, all "
                    + "kinds), KIND (one kind, all departments), WEEK (the week's total); default: all. Combined with "
                    + "`department` and `kind`; partners' suppression is the same (made on the whole week first)")
            List<ActivityIndicatorLevel> level) {
        Set<ActivityIndicatorLevel> levels = level == null ? Set.of() : EnumSet.noneOf(ActivityIndicatorLevel.class);
        if (level != null) {
            level.stream().filter(Objects::nonNull).forEach(levels::add);
        }
        return Response.ok(indicators.indicatorsJson(query, levels, caller.isPartnerClient()),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("export")
    @Produces({ CSV + ";charset=UTF-8", XLSX })
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "exportActivityIndicators", summary = "The weekly indicators as CSV or an Excel file",
            description = "The rows of getActivityIndicators, French headers and labels (departments, kinds, needs, "
                    + "obstacles); a suppressed figure is an empty cell. CSV: UTF-8 with BOM, `;` separator, decimal "
                    + "commas. XLSX: one sheet, numbers as numbers." + WHO)
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response export(@Valid @BeanParam ActivityIndicatorsQuery query,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx", message = "csv ou xlsx.")
            @Parameter(description = "`csv` (default) or `xlsx`", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "csv", "xlsx" }, defaultValue = "csv")) String format) {
        ActivityIndicators figures = indicators.indicators(query, caller.isPartnerClient());
        boolean xlsx = "xlsx".equals(format);
        StreamingOutput body = out -> export.write(figures, xlsx ? StructureExportWriter.xlsx(out, "Baromètre")
                : StructureExportWriter.csv(out, Layout.READABLE));
        String name = "barometre-" + figures.from() + "-" + figures.to() + (xlsx ? ".xlsx" : ".csv");
        return Response.ok(body, xlsx ? XLSX : CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @GET
    @Path("structures")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "listActivityCellSurveys", summary = "The answers counted in a cell of the indicators",
            description = "The answers in force of the week, of the department and kind they were given for (each "
                    + "absent: all), by structure name; `" + DashboardCells.WITHOUT_DEPARTMENT + "`: the structures "
                    + "without department.")
    public ActivityCellSurveyPage surveys(@Valid @BeanParam ActivityCellQuery query) {
        return cells.surveys(query);
    }

    @GET
    @Path("non-respondents")
    @RolesAllowed({ Roles.FACILITATOR, Roles.ADMIN })
    @Operation(operationId = "listActivityNonRespondents", summary = "The active structures that did not answer a week",
            description = "Of the department and kind (their current ones; each absent: all), by name, with their "
                    + "contact, the last week they answered and whether that week's invitation and reminder went out.")
    public NonRespondentPage nonRespondents(@Valid @BeanParam ActivityCellQuery query) {
        return cells.nonRespondents(query);
    }
}
