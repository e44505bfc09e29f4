package fr.relanceiae.financing.rules;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.financing.diagnostic.FinancingDiagnosticInputs;

/** The contract's description of the rules' JSON language (fr.relanceiae.financing.compute.RuleParser). */
final class RuleJson {

    static final String CONDITION = "A condition: `{\"all\": [conditions]}`, `{\"any\": [conditions]}`, a comparison "
            + "`{\"field\": \"runwayMonths\", \"op\": \"<\", \"value\": 6}` (op among =, !=, <, <=, >, >=; value a "
            + "constant or `{\"field\": …}`) or a membership `{\"field\": \"kind\", \"in\": [\"ACI\", \"EI\"]}`. Fields: the "
            + "inputs, kind, and the figures (expectedRevenue, monthlyResult, netCash3m, runwayMonths, breakEvenRevenue, "
            + "riskLevel)";
    static final String AMOUNT = "The indicative amount, euros: a number, a field `{\"field\": \"lastYearRevenue\"}`, "
            + "or an operation `{\"mul\": [terms]}` (also add, sub, div, min, max); null or left out: none";

    private RuleJson() {
    }

    /** The schema of a condition in the contract: an object checked by the rule parser, not by the schema. */
    @Schema(name = "FinancingRuleCondition", type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
            description = CONDITION)
    static final class ConditionSchema {
    }

    /** The schema of an amount that is a plain number: euros, within what a diagnostic's money holds. */
    @Schema(name = "FinancingRuleAmountNumber", type = SchemaType.NUMBER, minimum = "0",
            maximum = FinancingDiagnosticInputs.MAX_MONEY)
    static final class AmountNumberSchema {
    }

    /** The schema of an amount formula that is not a plain number. */
    @Schema(name = "FinancingRuleFormula", type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
            description = AMOUNT)
    static final class FormulaSchema {
    }
}
