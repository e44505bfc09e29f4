package fr.relanceiae.sourcing.request;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A later response deadline for a published request. */
@Schema(name = "DeadlineExtensionInput")
public record DeadlineExtensionInput(
        @Schema(required = true, description = "Later than the current one, not in the past (Paris time)")
        LocalDate responseDeadline) {
}
