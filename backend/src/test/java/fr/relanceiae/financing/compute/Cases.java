package fr.relanceiae.financing.compute;

import java.math.BigDecimal;

import fr.relanceiae.reference.StructureKind;

/** Diagnostics the tests start from, changing only what each case is about. */
final class Cases {

    private Cases() {
    }

    /**
     * An ACI of 70 people with 120,000 € last year, no loss, no variable costs, 5,000 € of
     * fixed costs a month (so +5,000 € a month) and 50,000 € in cash; it already uses
     * short-time work and has no other aid: risk LOW, and no seed rule applies.
     */
    static DiagnosticInputs.Builder healthy() {
        return DiagnosticInputs.builder().lastYearRevenue(euros("120000")).revenueLossPct(BigDecimal.ZERO)
                .variableCostRatePct(BigDecimal.ZERO).monthlyFixedCosts(euros("5000")).cashOnHand(euros("50000"))
                .receivablesDue3m(BigDecimal.ZERO).debtsDue3m(BigDecimal.ZERO).shortTimeWork(true)
                .pgeAmount(BigDecimal.ZERO).solidarityFundAmount(BigDecimal.ZERO).fdiAmount(BigDecimal.ZERO)
                .deferredChargesAmount(BigDecimal.ZERO).permanentHeadcount(60).insertionFte(BigDecimal.TEN)
                .kind(StructureKind.ACI);
    }

    /** {@link #healthy()} losing 5,000 € a month, so that the runway is {@code cash} / 5,000 months. */
    static DiagnosticInputs.Builder burning(String cash) {
        return healthy().monthlyFixedCosts(euros("15000")).cashOnHand(euros(cash));
    }

    static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }
}
