package fr.relanceiae.barometer.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.indicators.Obstacle;
import fr.relanceiae.reference.StructureKind;

/** The JSON shapes of the barometer's dashboard: the weekly indicators, a cell's surveys, who did not answer. */
public final class ActivityIndicatorViews {

    private ActivityIndicatorViews() {
    }

    @Schema(name = "ActivityIndicators", description = "The weekly indicators of a period: cells and their margins")
    public record ActivityIndicators(
            @Schema(required = true, example = "2026-W37") String from,
            @Schema(required = true, example = "2026-W48") String to,
            @Schema(required = true, description = "Whether small cells are withheld (partners): a cell of fewer "
                    + "than 5 structures, and the cells that would let one be recomputed, have null figures")
            boolean suppressed,
            @Schema(required = true, description = "By week, then department (all departments last), then kind (all "
                    + "kinds last)") List<ActivityIndicatorCell> cells) {
    }

    @Schema(name = "ActivityIndicatorCell", description = "One week × department × kind; department or kind null for "
            + "all of them (the margins). Figures are null when the cell is suppressed, and when nobody answered "
            + "(a department's row kept for its response rate of 0 %).")
    public record ActivityIndicatorCell(
            @Schema(required = true, example = "2026-W48") String week,
            @Schema(description = "INSEE code; null for all departments; `" + DashboardCells.WITHOUT_DEPARTMENT
                    + "` for the structures whose profile has no department", example = "93") String department,
            @Schema(description = "null for all kinds") StructureKind kind,
            @Schema(description = "Structures that answered; null when suppressed") Integer structures,
            @Schema(required = true) boolean suppressed,
            @Schema(description = "Quartiles of the activity level (%)") ActivityLevelQuartiles activityLevel,
            @Schema(description = "Mean estimated revenue loss (%), to one decimal") Double meanRevenueLossPct,
            Long insertionEmployees,
            Long insertionWorking,
            Long insertionShortTime,
            @Schema(description = "Every need, with the share (%, one decimal) of the structures that declared it")
            List<NeedShare> needShares,
            Long peopleFollowed,
            Long followedInPerson,
            Long followedByPhone,
            Long followedByVideo,
            @Schema(description = "Every obstacle, with how many structures met it") List<ObstacleCount> obstacleCounts,
            @Schema(description = "Rows of all kinds only: the active structures of the department (all of them for "
                    + "the week's total), now") Integer activeStructures,
            @Schema(description = "Rows of all kinds only: structures / activeStructures (%, one decimal); null when "
                    + "suppressed or without active structures. Above 100 % when structures answered and were "
                    + "deactivated since") Double responseRatePct) {
    }

    @Schema(name = "ActivityLevelQuartiles", description = "Type 7 quartiles (as spreadsheets' QUARTILE.INC), in %")
    public record ActivityLevelQuartiles(@Schema(required = true) double q1, @Schema(required = true) double median,
            @Schema(required = true) double q3) {
    }

    @Schema(name = "NeedShare")
    public record NeedShare(@Schema(required = true) Need need,
            @Schema(required = true, description = "%, one decimal") double sharePct) {
    }

    @Schema(name = "ObstacleCount")
    public record ObstacleCount(@Schema(required = true) Obstacle obstacle,
            @Schema(required = true, description = "Structures that met it") int structures) {
    }

    @Schema(name = "ActivityCellSurvey", description = "One structure's answer in force, in a cell of the indicators")
    public record ActivityCellSurvey(
            @Schema(required = true) UUID surveyId,
            @Schema(required = true) UUID structureId,
            @Schema(required = true) String structureName,
            @Schema(required = true, example = "2026-W48") String week,
            @Schema(description = "As when the structure answered; null when its profile had none") String department,
            @Schema(required = true) StructureKind kind,
            @Schema(required = true) int activityLevelPct,
            @Schema(required = true) int revenueLossPct,
            @Schema(required = true) int insertionEmployees,
            @Schema(required = true) int insertionWorking,
            @Schema(required = true) int insertionShortTime,
            @Schema(required = true) int peopleFollowed,
            @Schema(required = true) int followedInPerson,
            @Schema(required = true) int followedByPhone,
            @Schema(required = true) int followedByVideo,
            @Schema(required = true) Set<Obstacle> obstacles,
            @Schema(required = true) Set<Need> needs,
            String needsText,
            @Schema(required = true, enumeration = { "STRUCTURE", "FACILITATOR", "LINK" }) String enteredVia,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "ActivityCellSurveyPage")
    public record ActivityCellSurveyPage(
            @Schema(required = true) List<ActivityCellSurvey> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems) {
    }

    @Schema(name = "NonRespondent", description = "An active structure that did not answer the week's survey")
    public record NonRespondent(
            @Schema(required = true) UUID structureId,
            @Schema(required = true) String structureName,
            @Schema(description = "null when its profile has none") String department,
            @Schema(required = true) StructureKind kind,
            String email,
            String phone,
            String contactName,
            @Schema(description = "The last week it answered before this one; null if never", example = "2026-W46")
            String lastWeekAnswered,
            @Schema(required = true, description = "Whether the Monday invitation of that week was sent") boolean invited,
            @Schema(required = true, description = "Whether the Thursday reminder of that week was sent") boolean reminded) {
    }

    @Schema(name = "NonRespondentPage")
    public record NonRespondentPage(
            @Schema(required = true) List<NonRespondent> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems) {
    }
}
