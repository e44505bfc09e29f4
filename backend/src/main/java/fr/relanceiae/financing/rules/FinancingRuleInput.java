package fr.relanceiae.financing.rules;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import fr.relanceiae.financing.compute.Instrument;

/**
 * A rule as an admin writes it. {@code condition} and {@code amount} are in the rules' JSON
 * language (see the seed rules, GET /financing-rules); every problem is answered at once, each
 * with its path ({@code condition.all[1].op}) and a French message.
 */
@Schema(name = "FinancingRuleInput")
public record FinancingRuleInput(
        @Schema(required = true, example = "DLA_FRAGILE_MODEL", maxLength = 50, description = "An upper-case letter, then upper-case "
                + "letters, digits or _ (50 at most); unique") String code,
        @Schema(required = true, maxLength = 200, description = "French, shown as the start of the recommendation's reason")
        String label,
        @Schema(required = true) Instrument instrument,
        @Schema(required = true, implementation = RuleJson.ConditionSchema.class)
        JsonNode condition,
        @Schema(implementation = Object.class, oneOf = { RuleJson.AmountNumberSchema.class, RuleJson.FormulaSchema.class },
                description = RuleJson.AMOUNT) JsonNode amount,
        @Schema(description = "In force (default true)") Boolean active,
        @Schema(description = "Place in the list, from 0 (default: last)") @Min(0) @Max(10_000) Integer position) {
}
