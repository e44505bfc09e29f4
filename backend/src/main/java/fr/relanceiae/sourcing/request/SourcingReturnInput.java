package fr.relanceiae.sourcing.request;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a facilitator sends a submitted request back to its author. */
@Schema(name = "SourcingReturnInput")
public record SourcingReturnInput(
        @Schema(required = true, maxLength = 2000) @Size(max = 2000) String reason) {
}
