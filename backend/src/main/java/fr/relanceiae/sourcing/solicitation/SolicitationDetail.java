package fr.relanceiae.sourcing.solicitation;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A solicitation as the solicited structure sees it, in the app or through its personal link. */
@Schema(name = "SolicitationDetail")
public record SolicitationDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true) SolicitationStatus status,
        @Schema(required = true) UUID structureId,
        @Schema(required = true) String structureName,
        @Schema(required = true) SolicitedRequestView request,
        @Schema(description = "Absent until it answers") SolicitationAnswerView answer,
        @Schema(required = true, description = "The request is published and its deadline not passed: "
                + "an answer (or a change) is accepted") boolean canAnswer,
        @Schema(required = true) boolean deadlinePassed) {
}
