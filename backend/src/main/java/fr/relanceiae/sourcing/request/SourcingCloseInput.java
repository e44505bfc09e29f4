package fr.relanceiae.sourcing.request;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.sourcing.SourcingOutcome;

/** How a request ends: AWARDED (with one award or more), UNSUCCESSFUL or CANCELLED (only CANCELLED before publishing). */
@Schema(name = "SourcingCloseInput")
public record SourcingCloseInput(
        @Schema(required = true) SourcingOutcome outcome,
        @Schema(description = "Required (one or more) for AWARDED; ignored otherwise") @Size(max = 100)
        List<@Valid AwardInput> awards) {
}
