package fr.relanceiae.sourcing.solicitation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.reference.StructureKind;

/** One solicited structure of a request, as its buyer and the facilitators see it. */
@Schema(name = "SolicitationView")
public record SolicitationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID structureId,
        @Schema(required = true) String name,
        @Schema(required = true) StructureKind kind,
        @Schema(description = "Matching score (0–100) when it was solicited; absent when it did not match") Integer score,
        @Schema(required = true, description = "Why it matched, in French") List<String> reasons,
        @Schema(description = "From the request's point, in km") Double distanceKm,
        @Schema(required = true) SolicitationOrigin origin,
        @Schema(required = true) SolicitationStatus status,
        @Schema(required = true, description = "No user and no contact e-mail: a facilitator calls it") boolean unreachable,
        @Schema(required = true, description = "Removed by a facilitator after it answered (kept for the record)") boolean removed,
        @Schema(required = true) Instant sentAt,
        Instant firstViewedAt,
        Instant answeredAt,
        @Schema(description = "Absent until it answers") SolicitationAnswerView answer,
        @Schema(description = "Shown to the buyer only for interested structures; always to facilitators") SolicitationContact contact) {
}
