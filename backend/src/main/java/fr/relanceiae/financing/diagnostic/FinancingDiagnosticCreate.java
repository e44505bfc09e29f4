package fr.relanceiae.financing.diagnostic;

import java.util.UUID;

import jakarta.validation.Valid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new diagnostic: for which structure, and the inputs already known (the rest is pre-filled where it can be). */
@Schema(name = "FinancingDiagnosticCreate")
public record FinancingDiagnosticCreate(
        @Schema(description = "One of the caller's organisation's structures (may be left out when it has only one); "
                + "required for a facilitator") UUID structureId,
        @Schema(description = "Inputs given now; those left out are pre-filled from the structure's profile (insertion "
                + "FTE, permanent headcount, annual revenue) and its last survey (revenue loss)")
        @Valid FinancingDiagnosticInputs inputs) {
}
