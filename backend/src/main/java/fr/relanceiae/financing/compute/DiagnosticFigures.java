package fr.relanceiae.financing.compute;

import java.math.BigDecimal;

/**
 * The figures computed from a diagnostic's inputs, as shown and sent: euros (and
 * months) rounded half-up to 2 decimals. The risk level was decided on the
 * unrounded values, so a runway shown as {@code 1.00} may still be {@code CRITICAL}
 * (it was 0.999).
 *
 * <ul>
 * <li>expected revenue = last year's revenue × (1 − loss)</li>
 * <li>monthly result = expected revenue / 12 × (1 − variable cost rate) − monthly fixed costs</li>
 * <li>net cash at 3 months = cash + receivables − debts</li>
 * <li>runway = max(net cash, 0) / −monthly result when the monthly result is negative, else null</li>
 * <li>break-even revenue = 12 × monthly fixed costs / (1 − variable cost rate)</li>
 * <li>risk level: see {@link ExactFigures}</li>
 * </ul>
 *
 * A figure is null when an input it needs is missing (a draft): see {@link ExactFigures}.
 * Whether a null runway means "no cash burn" or "not known yet" is {@link #noCashBurn()}.
 */
public record DiagnosticFigures(
        BigDecimal expectedRevenue,
        BigDecimal monthlyResult,
        BigDecimal netCash3m,
        BigDecimal runwayMonths,
        BigDecimal breakEvenRevenue,
        RiskLevel riskLevel) {

    public static DiagnosticFigures of(DiagnosticInputs inputs) {
        return ExactFigures.of(inputs).rounded();
    }

    /** True when the monthly result is known and not negative: the runway is then null on purpose. */
    public boolean noCashBurn() {
        return monthlyResult != null && monthlyResult.signum() >= 0 && runwayMonths == null;
    }
}
