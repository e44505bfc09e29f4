package fr.relanceiae.financing.compute;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The computed figures before any rounding: the risk level and the rules compare
 * these, never the rounded ones shown to users ({@link DiagnosticFigures}).
 *
 * <p>Products and differences of the inputs are exact. Each figure that needs a
 * division is computed with a single one, at the end, over exact operands, to 34
 * significant digits ({@link MathContext#DECIMAL128}): a quotient that is exactly a
 * threshold (a runway of exactly 3 months) comes out exactly, and one that is not
 * cannot round onto it with euro amounts of any plausible size. Dividing by the monthly
 * result instead (itself a rounded quotient when the yearly result is not a multiple of
 * 12) would not: 300.02 € of cash at −100.00666… € a month gave 2.999…9 months, HIGH
 * instead of MEDIUM (see the test).
 *
 * <p>A figure is null when an input it needs is missing, or when the variable cost
 * rate is 100 % or more (which {@link DiagnosticInputs#validate()} rejects: the
 * break-even revenue would not exist). {@code runwayMonths} is also null when there
 * is no cash burn (a monthly result of zero or more).
 */
record ExactFigures(
        BigDecimal expectedRevenue,
        BigDecimal monthlyResult,
        BigDecimal netCash3m,
        BigDecimal runwayMonths,
        BigDecimal breakEvenRevenue,
        RiskLevel riskLevel) {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal ONE_MONTH = BigDecimal.ONE;
    private static final BigDecimal THREE_MONTHS = BigDecimal.valueOf(3);
    private static final BigDecimal SIX_MONTHS = BigDecimal.valueOf(6);
    private static final BigDecimal HIGH_LOSS_PCT = BigDecimal.valueOf(30);

    static ExactFigures of(DiagnosticInputs in) {
        BigDecimal expectedRevenue = expectedRevenue(in);
        BigDecimal marginRatePct = marginRatePct(in.variableCostRatePct());
        // 12 × monthly result = expected revenue × (1 − variable cost rate) − 12 × monthly fixed costs
        BigDecimal yearlyResult = expectedRevenue == null || marginRatePct == null || in.monthlyFixedCosts() == null
                ? null
                : expectedRevenue.multiply(marginRatePct).movePointLeft(2)
                        .subtract(TWELVE.multiply(in.monthlyFixedCosts()));
        BigDecimal monthlyResult = yearlyResult == null ? null : yearlyResult.divide(TWELVE, PRECISION);
        BigDecimal netCash3m = in.cashOnHand() == null || in.receivablesDue3m() == null || in.debtsDue3m() == null
                ? null
                : in.cashOnHand().add(in.receivablesDue3m()).subtract(in.debtsDue3m());
        BigDecimal runwayMonths = netCash3m == null || yearlyResult == null || yearlyResult.signum() >= 0
                ? null
                // max(net cash, 0) / −monthly result, with the twelves cancelled out
                : TWELVE.multiply(netCash3m.max(BigDecimal.ZERO)).divide(yearlyResult.negate(), PRECISION);
        BigDecimal breakEvenRevenue = marginRatePct == null || in.monthlyFixedCosts() == null
                ? null
                : TWELVE.multiply(in.monthlyFixedCosts()).multiply(HUNDRED).divide(marginRatePct, PRECISION);
        RiskLevel riskLevel = riskLevel(in.revenueLossPct(), netCash3m, monthlyResult, runwayMonths);
        return new ExactFigures(expectedRevenue, monthlyResult, netCash3m, runwayMonths, breakEvenRevenue, riskLevel);
    }

    private static BigDecimal expectedRevenue(DiagnosticInputs in) {
        if (in.lastYearRevenue() == null || in.revenueLossPct() == null) {
            return null;
        }
        return in.lastYearRevenue().multiply(HUNDRED.subtract(in.revenueLossPct())).movePointLeft(2);
    }

    /** 100 − the variable cost rate, in percent; null when that leaves nothing (or the rate is missing). */
    private static BigDecimal marginRatePct(BigDecimal variableCostRatePct) {
        if (variableCostRatePct == null) {
            return null;
        }
        BigDecimal margin = HUNDRED.subtract(variableCostRatePct);
        return margin.signum() > 0 ? margin : null;
    }

    /**
     * {@code CRITICAL} when net cash < 0 or runway < 1; {@code HIGH} when runway < 3;
     * {@code MEDIUM} when runway < 6 or loss ≥ 30 %; {@code LOW} otherwise. Null (not
     * known yet) when a missing input could still make it {@code CRITICAL}: that is,
     * unless net cash is known to be negative, when net cash or the monthly result is
     * missing (the monthly result needs the loss, so the loss is then known too).
     */
    private static RiskLevel riskLevel(BigDecimal lossPct, BigDecimal netCash3m, BigDecimal monthlyResult,
            BigDecimal runwayMonths) {
        if (netCash3m != null && netCash3m.signum() < 0) {
            return RiskLevel.CRITICAL;
        }
        if (netCash3m == null || monthlyResult == null) {
            return null;
        }
        if (runwayMonths != null && runwayMonths.compareTo(ONE_MONTH) < 0) {
            return RiskLevel.CRITICAL;
        }
        if (runwayMonths != null && runwayMonths.compareTo(THREE_MONTHS) < 0) {
            return RiskLevel.HIGH;
        }
        if (runwayMonths != null && runwayMonths.compareTo(SIX_MONTHS) < 0 || lossPct.compareTo(HIGH_LOSS_PCT) >= 0) {
            return RiskLevel.MEDIUM;
        }
        return RiskLevel.LOW;
    }

    /** The figures as shown: euros and months rounded half-up to 2 decimals. */
    DiagnosticFigures rounded() {
        return new DiagnosticFigures(Money.round(expectedRevenue), Money.round(monthlyResult), Money.round(netCash3m),
                Money.round(runwayMonths), Money.round(breakEvenRevenue), riskLevel);
    }
}
