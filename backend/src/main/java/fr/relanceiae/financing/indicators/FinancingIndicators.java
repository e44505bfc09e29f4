package fr.relanceiae.financing.indicators;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.financing.compute.RiskLevel;
import fr.relanceiae.reference.WithoutDepartment;

/** Open diagnostics counted by risk level and department, with the margins. */
@Schema(name = "FinancingIndicators")
public record FinancingIndicators(
        @Schema(required = true, description = "True when small cells are withheld (partners)") boolean suppressed,
        @Schema(required = true, description = "Every department × risk level, then per department (riskLevel left "
                + "out), per risk level (department left out) and the total (both left out)") List<Cell> cells) {

    @Schema(name = "FinancingIndicatorCell")
    public record Cell(
            @Schema(description = "INSEE code; left out: all departments; `" + WithoutDepartment.CODE + "` (« "
                    + WithoutDepartment.LABEL + " ») for the structures whose profile has none", example = "93")
            String department,
            @Schema(description = "Left out: all risk levels") RiskLevel riskLevel,
            @Schema(description = "Submitted diagnostics not closed (one per structure at most); left out when withheld")
            Integer diagnostics,
            @Schema(required = true, description = "Withheld: fewer than 5 structures, or a value that would let one "
                    + "be recomputed from the margins") boolean suppressed) {
    }
}
