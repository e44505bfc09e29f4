package fr.relanceiae.sourcing.solicitation;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A structure a facilitator adds to a published request. */
@Schema(name = "SolicitationAddInput")
public record SolicitationAddInput(@NotNull @Schema(required = true) UUID structureId) {
}
