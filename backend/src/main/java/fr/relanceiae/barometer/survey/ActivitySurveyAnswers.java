package fr.relanceiae.barometer.survey;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.indicators.Obstacle;

/**
 * One week's answers of a structure, without the structure and the week: what the personal link
 * sends, what the history keeps ({@code activity_survey_version.answers}) and what pre-fills the
 * next week's form.
 */
@Schema(name = "ActivitySurveyAnswers")
public record ActivitySurveyAnswers(
        @NotNull @Min(0) @Max(100) @Schema(required = true, minimum = "0", maximum = "100",
                description = "Activity level, % of normal") Integer activityLevelPct,
        @NotNull @Min(0) @Max(100) @Schema(required = true, minimum = "0", maximum = "100",
                description = "Estimated revenue loss vs. the same period last year, %") Integer revenueLossPct,
        @NotNull @Min(0) @Max(MAX_COUNT) @Schema(required = true, minimum = "0", maximum = "100000",
                description = "Employees in insertion") Integer insertionEmployees,
        @NotNull @Min(0) @Max(MAX_COUNT) @Schema(required = true, minimum = "0", maximum = "100000",
                description = "Of them, working this week") Integer insertionWorking,
        @NotNull @Min(0) @Max(MAX_COUNT) @Schema(required = true, minimum = "0", maximum = "100000",
                description = "Of them, on short-time work; working + short-time ≤ employees") Integer insertionShortTime,
        @NotNull @Min(0) @Max(MAX_COUNT) @Schema(required = true, minimum = "0", maximum = "100000",
                description = "People followed this week") Integer peopleFollowed,
        @NotNull @Min(0) @Max(MAX_COUNT) @Schema(required = true, minimum = "0", maximum = "100000",
                description = "Followed in person; ≤ peopleFollowed") Integer followedInPerson,
        @NotNull @Min(0) @Max(MAX_COUNT) @Schema(required = true, minimum = "0", maximum = "100000",
                description = "Followed by phone; ≤ peopleFollowed") Integer followedByPhone,
        @NotNull @Min(0) @Max(MAX_COUNT) @Schema(required = true, minimum = "0", maximum = "100000",
                description = "Followed by video; ≤ peopleFollowed") Integer followedByVideo,
        @Size(max = 6) @Schema(description = "Obstacles to following people (each once; none when left out)")
        List<@NotNull Obstacle> obstacles,
        @Size(max = 4) @Schema(description = "Needs declared (each once; none when left out); each opens a "
                + "follow-up for the facilitators") List<@NotNull Need> needs,
        @Size(max = MAX_NEEDS_TEXT) @Schema(maxLength = MAX_NEEDS_TEXT, description = "The needs in the structure's words")
        String needsText) implements SurveyAnswerFields {

    /** The same answers, obstacles and needs each once in the order of their lists, blank text as none. */
    public ActivitySurveyAnswers normalized() {
        return new ActivitySurveyAnswers(activityLevelPct, revenueLossPct, insertionEmployees, insertionWorking,
                insertionShortTime, peopleFollowed, followedInPerson, followedByPhone, followedByVideo,
                obstacles == null ? List.of() : obstacles.stream().distinct().sorted().toList(),
                needs == null ? List.of() : needs.stream().distinct().sorted().toList(),
                needsText == null || needsText.isBlank() ? null : needsText.strip());
    }

    public static ActivitySurveyAnswers of(SurveyAnswerFields fields) {
        return new ActivitySurveyAnswers(fields.activityLevelPct(), fields.revenueLossPct(),
                fields.insertionEmployees(), fields.insertionWorking(), fields.insertionShortTime(),
                fields.peopleFollowed(), fields.followedInPerson(), fields.followedByPhone(),
                fields.followedByVideo(), fields.obstacles(), fields.needs(), fields.needsText());
    }
}
