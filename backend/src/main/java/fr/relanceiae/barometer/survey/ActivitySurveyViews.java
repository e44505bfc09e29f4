package fr.relanceiae.barometer.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.indicators.Obstacle;

/** The JSON shapes of the weekly surveys. */
public final class ActivitySurveyViews {

    private ActivitySurveyViews() {
    }

    /** The answer in force of a structure for a week. */
    @Schema(name = "ActivitySurveyView")
    public record SurveyView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID structureId,
            @Schema(required = true) String structureName,
            @Schema(required = true, example = "2026-W48") String week,
            @Schema(required = true, description = "The Monday of the week") LocalDate weekStart,
            @Schema(required = true) int activityLevelPct,
            @Schema(required = true) int revenueLossPct,
            @Schema(required = true) int insertionEmployees,
            @Schema(required = true) int insertionWorking,
            @Schema(required = true) int insertionShortTime,
            @Schema(required = true) int peopleFollowed,
            @Schema(required = true) int followedInPerson,
            @Schema(required = true) int followedByPhone,
            @Schema(required = true) int followedByVideo,
            @Schema(required = true) List<Obstacle> obstacles,
            @Schema(required = true) List<Need> needs,
            String needsText,
            @Schema(required = true, description = "1 for the first answer of the week, +1 at each replacement") int version,
            @Schema(required = true) EnteredVia enteredVia,
            @Schema(description = "Who entered the answer in force; none through the personal link") String enteredByName,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "ActivitySurveyPage")
    public record SurveyPage(
            @Schema(required = true) List<SurveyView> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems) {
    }

    /** One answer given for a structure's week, the one in force included. */
    @Schema(name = "ActivitySurveyVersionView")
    public record VersionView(
            @Schema(required = true) int version,
            @Schema(required = true) ActivitySurveyAnswers answers,
            @Schema(required = true) EnteredVia enteredVia,
            @Schema(description = "Who entered it; none through the personal link") String enteredByName,
            @Schema(required = true) Instant enteredAt) {
    }

    /** This week's form of a structure: its answer if given, else last answered week's answers to start from. */
    @Schema(name = "SurveyFormView")
    public record FormView(
            @Schema(required = true) UUID structureId,
            @Schema(required = true) String structureName,
            @Schema(required = true, example = "2026-W48") String week,
            @Schema(required = true) LocalDate weekStart,
            @Schema(description = "This week's answer in force; none yet when null") SurveyView current,
            @Schema(description = "The answers of the last week answered before this one, to pre-fill the form; "
                    + "null when none") ActivitySurveyAnswers prefill) {
    }

    /** The survey a personal link opens: the structure's week, without logging in. */
    @Schema(name = "SurveyLinkView")
    public record LinkView(
            @Schema(required = true) String structureName,
            @Schema(required = true, example = "2026-W48") String week,
            @Schema(required = true) LocalDate weekStart,
            @Schema(description = "The answers in force for that week; none yet when null") ActivitySurveyAnswers current,
            @Schema(description = "The answers of the last week answered before it; null when none")
            ActivitySurveyAnswers prefill,
            @Schema(required = true, description = "When the link stops working") Instant expiresAt) {
    }
}
