package fr.relanceiae.financing.diagnostic;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a diagnostic is closed (optional). */
@Schema(name = "FinancingCloseInput")
public record FinancingCloseInput(@Schema(maxLength = 2000) @Size(max = 2000) String reason) {
}
