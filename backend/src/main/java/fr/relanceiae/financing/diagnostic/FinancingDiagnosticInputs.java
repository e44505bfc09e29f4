package fr.relanceiae.financing.diagnostic;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.financing.compute.DiagnosticInputs;
import fr.relanceiae.reference.StructureKind;

/**
 * What a structure declares, under the JSON names of issue 12; any may be left out in a draft.
 * Money in euros (2 decimals at most), percentages in percent. The bounds here keep the values
 * within the columns; the domain's own rules (no negative amount, a percentage within 0–100, a
 * variable cost rate below 100 %) are {@link DiagnosticInputs#validate()}'s, with French messages.
 */
@Schema(name = "FinancingDiagnosticInputs")
public record FinancingDiagnosticInputs(
        @Schema(description = "Last year's revenue, euros", minimum = "0", maximum = MAX_MONEY) @DecimalMax(MAX_MONEY) BigDecimal lastYearRevenue,
        @Schema(description = "Expected revenue loss against last year, % (0–100)", minimum = "0", maximum = "100") BigDecimal revenueLossPct,
        @Schema(description = "Variable costs, % of revenue (below 100)", minimum = "0", maximum = "100") BigDecimal variableCostRatePct,
        @Schema(description = "Euros per month", minimum = "0", maximum = MAX_MONEY) @DecimalMax(MAX_MONEY) BigDecimal monthlyFixedCosts,
        @Schema(description = "Euros", minimum = "0", maximum = MAX_MONEY) @DecimalMax(MAX_MONEY) BigDecimal cashOnHand,
        @Schema(description = "Receivables due within 3 months, euros", minimum = "0", maximum = MAX_MONEY) @DecimalMax(MAX_MONEY) BigDecimal receivablesDue3m,
        @Schema(description = "Debts due within 3 months, euros", minimum = "0", maximum = MAX_MONEY) @DecimalMax(MAX_MONEY) BigDecimal debtsDue3m,
        @Schema(description = "Short-time work already used") Boolean shortTimeWork,
        @Schema(description = "State-guaranteed loan already obtained, euros (left out: none)", minimum = "0", maximum = MAX_MONEY)
        @DecimalMax(MAX_MONEY) BigDecimal pgeAmount,
        @Schema(description = "Solidarity fund already obtained, euros (left out: none)", minimum = "0", maximum = MAX_MONEY)
        @DecimalMax(MAX_MONEY) BigDecimal solidarityFundAmount,
        @Schema(description = "FDI aid already obtained, euros (left out: none)", minimum = "0", maximum = MAX_MONEY) @DecimalMax(MAX_MONEY) BigDecimal fdiAmount,
        @Schema(description = "Social and tax charges already deferred, euros (left out: none)", minimum = "0", maximum = MAX_MONEY)
        @DecimalMax(MAX_MONEY) BigDecimal deferredChargesAmount,
        @Schema(description = "Permanent employees", minimum = "0", maximum = "10000000") @Max(10_000_000) Integer permanentHeadcount,
        @Schema(description = "Full-time equivalents of employees in insertion", minimum = "0", maximum = MAX_FTE) @DecimalMax(MAX_FTE) BigDecimal insertionFte) {

    /** What numeric(14,2) holds. */
    public static final String MAX_MONEY = "999999999999.99";
    /** What numeric(8,2) holds. */
    public static final String MAX_FTE = "999999.99";

    public static final FinancingDiagnosticInputs EMPTY = of(DiagnosticInputs.builder().build());

    /** For the compute core, with the structure's kind (the rules need it). */
    public DiagnosticInputs toCompute(StructureKind kind) {
        return DiagnosticInputs.builder().lastYearRevenue(lastYearRevenue).revenueLossPct(revenueLossPct)
                .variableCostRatePct(variableCostRatePct).monthlyFixedCosts(monthlyFixedCosts).cashOnHand(cashOnHand)
                .receivablesDue3m(receivablesDue3m).debtsDue3m(debtsDue3m).shortTimeWork(shortTimeWork)
                .pgeAmount(pgeAmount).solidarityFundAmount(solidarityFundAmount).fdiAmount(fdiAmount)
                .deferredChargesAmount(deferredChargesAmount).permanentHeadcount(permanentHeadcount)
                .insertionFte(insertionFte).kind(kind).build();
    }

    public static FinancingDiagnosticInputs of(DiagnosticInputs inputs) {
        return new FinancingDiagnosticInputs(inputs.lastYearRevenue(), inputs.revenueLossPct(),
                inputs.variableCostRatePct(), inputs.monthlyFixedCosts(), inputs.cashOnHand(),
                inputs.receivablesDue3m(), inputs.debtsDue3m(), inputs.shortTimeWork(), inputs.pgeAmount(),
                inputs.solidarityFundAmount(), inputs.fdiAmount(), inputs.deferredChargesAmount(),
                inputs.permanentHeadcount(), inputs.insertionFte());
    }
}
