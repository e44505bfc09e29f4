package fr.relanceiae.barometer.survey;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.indicators.Obstacle;

/**
 * A structure's answer for one week, as its users (or a facilitator on the phone) send it: the
 * answers of {@link ActivitySurveyAnswers}, the structure and the week.
 */
@Schema(name = "ActivitySurveyInput")
public record ActivitySurveyInput(
        @Schema(description = "The structure answering: one of the caller's organisation's (may be left out when it "
                + "has only one); required for a facilitator") UUID structureId,
        @NotNull @Size(max = 8) @Schema(required = true, example = "2026-W48", pattern = "^[0-9]{4}-W[0-9]{2}$",
                description = "ISO week answered for: not after the current week, at most 52 weeks back") String week,
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

    public ActivitySurveyAnswers answers() {
        return ActivitySurveyAnswers.of(this).normalized();
    }
}
