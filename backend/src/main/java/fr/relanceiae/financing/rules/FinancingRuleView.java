package fr.relanceiae.financing.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import fr.relanceiae.financing.compute.Instrument;

/** A stored rule, as an admin edits it and a facilitator reads it. */
@Schema(name = "FinancingRuleView")
public record FinancingRuleView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String code,
        @Schema(required = true) String label,
        @Schema(required = true) Instrument instrument,
        @Schema(required = true, description = "The instrument's French name") String instrumentLabel,
        @Schema(required = true, implementation = RuleJson.ConditionSchema.class)
        JsonNode condition,
        @Schema(implementation = Object.class, oneOf = { BigDecimal.class, RuleJson.FormulaSchema.class },
                description = RuleJson.AMOUNT) JsonNode amount,
        @Schema(required = true) boolean active,
        @Schema(required = true) int position,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {
}
