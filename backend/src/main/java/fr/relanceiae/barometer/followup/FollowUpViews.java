package fr.relanceiae.barometer.followup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.barometer.indicators.Need;

/** The JSON shapes of follow-ups. */
public final class FollowUpViews {

    private FollowUpViews() {
    }

    /** What to do next for a follow-up, with the web page that does it. */
    @Schema(name = "FollowUpAction")
    public record ActionView(
            @Schema(required = true) FollowUpActionKind kind,
            @Schema(required = true, description = "In French, for a button") String label,
            @Schema(description = "Web path of the page that does it, e.g. /fournitures/commandes/nouvelle?structureId=…; "
                    + "none for a call") String path) {
    }

    @Schema(name = "FollowUpView")
    public record FollowUpView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID structureId,
            @Schema(required = true) String structureName,
            @Schema(description = "The structure's department code; none when unknown") String department,
            @Schema(required = true) Need need,
            @Schema(description = "The needs in the structure's words, from the answer that opened it") String needsText,
            @Schema(required = true) FollowUpStatus status,
            UUID assigneeUserId,
            String assigneeName,
            String note,
            @Schema(required = true, example = "2026-W48", description = "The week of the answer that opened it") String week,
            @Schema(required = true) UUID surveyId,
            @Schema(description = "The financing diagnostic opened for a FINANCING need") UUID diagnosticId,
            @Schema(required = true) ActionView action,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) {
    }

    @Schema(name = "FollowUpPage")
    public record FollowUpPage(
            @Schema(required = true) List<FollowUpView> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems) {
    }
}
