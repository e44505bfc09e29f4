package fr.relanceiae.sourcing.request;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file joined to a request (its content: GET …/attachments/{attachmentId}). */
@Schema(name = "SourcingAttachmentView")
public record SourcingAttachmentView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String fileName,
        @Schema(required = true, description = "Detected from the content") String contentType,
        @Schema(required = true) long sizeBytes,
        @Schema(required = true) Instant createdAt) {
}
