package fr.relanceiae.shared.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the audit log. */
public final class AuditEventViews {

    private AuditEventViews() {
    }

    @Schema(name = "AuditEventView")
    public record View(
            @Schema(required = true) long id,
            @Schema(required = true) Instant at,
            @Schema(required = true) UUID actorUserId,
            @Schema(description = "Left out when the account no longer exists") String actorName,
            String actorEmail,
            @Schema(required = true, description = "The actor's role then") String actorRole,
            @Schema(required = true) AuditAction action,
            @Schema(required = true) String recordType,
            @Schema(required = true) UUID recordId) {
    }

    @Schema(name = "AuditEventPage")
    public record EventPage(
            @Schema(required = true) List<View> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems) {
    }
}
