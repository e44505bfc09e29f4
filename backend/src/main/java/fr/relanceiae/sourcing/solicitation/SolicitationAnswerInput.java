package fr.relanceiae.sourcing.solicitation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An answer to a solicitation. {@code INTERESTED} requires a message; {@code DECLINED}
 * requires a reason and keeps nothing else (the other fields are ignored).
 */
@Schema(name = "SolicitationAnswerInput")
public record SolicitationAnswerInput(
        @NotNull @Schema(required = true) SolicitationDecision decision,
        @Size(max = MAX_TEXT) @Schema(description = "Required when INTERESTED") String message,
        @DecimalMin("0") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
        @Schema(description = "Euros") BigDecimal quoteAmount,
        @Size(max = 300) @Schema(description = "What the structure can take on per month, in its own words") String monthlyCapacity,
        @Size(max = MAX_PARTNERS) @Schema(description = "Active structures of the directory it would answer with (not itself)")
        List<@NotNull UUID> partnerStructureIds,
        @Size(max = MAX_TEXT) @Schema(description = "Required when DECLINED") String declineReason) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_PARTNERS = 10;
}
