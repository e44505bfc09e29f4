package fr.relanceiae.financing.diagnostic;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.financing.compute.DiagnosticFigures;
import fr.relanceiae.financing.compute.Instrument;
import fr.relanceiae.financing.compute.Recommendation;
import fr.relanceiae.financing.compute.RiskLevel;
import fr.relanceiae.reference.StructureKind;

/** The JSON shapes of financing diagnostics. */
public final class FinancingDiagnosticViews {

    private FinancingDiagnosticViews() {
    }

    @Schema(name = "FinancingDiagnosticFigures", description = "Computed from the inputs, euros and months rounded "
            + "half-up to 2 decimals (the risk level is decided on the unrounded values); a figure is left out while an "
            + "input it needs is missing")
    public record Figures(
            @Schema(description = "lastYearRevenue × (1 − revenueLossPct/100)") BigDecimal expectedRevenue,
            @Schema(description = "expectedRevenue / 12 × (1 − variableCostRatePct/100) − monthlyFixedCosts")
            BigDecimal monthlyResult,
            @Schema(description = "cashOnHand + receivablesDue3m − debtsDue3m") BigDecimal netCash3m,
            @Schema(description = "max(netCash3m, 0) / −monthlyResult when monthlyResult < 0; left out otherwise")
            BigDecimal runwayMonths,
            @Schema(description = "12 × monthlyFixedCosts / (1 − variableCostRatePct/100)") BigDecimal breakEvenRevenue,
            @Schema(description = "CRITICAL: netCash3m < 0 or runway < 1; HIGH: runway < 3; MEDIUM: runway < 6 or loss "
                    + "≥ 30 %; LOW otherwise") RiskLevel riskLevel,
            @Schema(required = true, description = "True when the monthly result is known and not negative (no runway "
                    + "then: no cash burn)") boolean noCashBurn) {

        static Figures of(DiagnosticFigures figures) {
            return new Figures(figures.expectedRevenue(), figures.monthlyResult(), figures.netCash3m(),
                    figures.runwayMonths(), figures.breakEvenRevenue(), figures.riskLevel(), figures.noCashBurn());
        }
    }

    @Schema(name = "FinancingRecommendation")
    public record RecommendationView(
            @Schema(required = true) Instrument instrument,
            @Schema(required = true, description = "The instrument's French name") String instrumentLabel,
            @Schema(required = true, description = "Why, in French: the rule and the values that triggered it") String reason,
            @Schema(description = "Indicative amount, euros; left out when the rule gives none") BigDecimal amount) {

        static RecommendationView of(Recommendation recommendation) {
            return new RecommendationView(recommendation.instrument(), recommendation.instrument().french(),
                    recommendation.reason(), recommendation.amount());
        }
    }

    @Schema(name = "FinancingOrientation", description = "The instruments chosen by the facilitator")
    public record Orientation(
            @Schema(required = true) List<Instrument> instruments,
            String comment) {
    }

    @Schema(name = "FinancingDiagnosticView")
    public record View(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID structureId,
            @Schema(required = true) String structureName,
            String department,
            @Schema(required = true) StructureKind kind,
            @Schema(required = true) FinancingDiagnosticStatus status,
            @Schema(required = true) FinancingDiagnosticInputs inputs,
            @Schema(required = true) Figures figures,
            @Schema(required = true, description = "In the order of the rules in force") List<RecommendationView> recommendations,
            @Schema(required = true, description = "Inputs still to fill in before submitting (JSON names)")
            List<String> missingForSubmission,
            UUID assigneeUserId,
            String assigneeName,
            @Schema(description = "Shown to facilitators and admins only") String reviewNotes,
            Orientation orientation,
            LocalDate followUpDate,
            String closeReason,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            Instant submittedAt,
            @Schema(required = true) long version) {
    }

    @Schema(name = "FinancingDiagnosticSummary")
    public record Summary(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID structureId,
            @Schema(required = true) String structureName,
            String department,
            @Schema(required = true) StructureKind kind,
            @Schema(required = true) FinancingDiagnosticStatus status,
            RiskLevel riskLevel,
            UUID assigneeUserId,
            String assigneeName,
            LocalDate followUpDate,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            Instant submittedAt) {
    }

    @Schema(name = "FinancingDiagnosticPage")
    public record DiagnosticPage(
            @Schema(required = true) List<Summary> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems) {
    }
}
