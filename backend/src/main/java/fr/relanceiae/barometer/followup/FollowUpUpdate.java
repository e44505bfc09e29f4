package fr.relanceiae.barometer.followup;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A facilitator's change to a follow-up: its status, who handles it and a note, all three as they
 * are to be (sent with If-Match, so nothing read is lost): a null assignee unassigns, a null note erases it.
 */
@Schema(name = "FollowUpUpdate")
public record FollowUpUpdate(
        @NotNull @Schema(required = true) FollowUpStatus status,
        @Schema(description = "A facilitator or admin handling it; null for nobody") UUID assigneeUserId,
        @Size(max = MAX_NOTE) @Schema(maxLength = MAX_NOTE, description = "null for none") String note) {

    public static final int MAX_NOTE = 2000;
}
