package fr.relanceiae.sourcing.solicitation;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file joined to the request, downloadable by the solicited structure. */
@Schema(name = "SolicitationAttachmentView")
public record SolicitationAttachmentView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String fileName,
        @Schema(required = true) String contentType,
        @Schema(required = true) int sizeBytes) {
}
