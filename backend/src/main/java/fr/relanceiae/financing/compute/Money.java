package fr.relanceiae.financing.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rounding of amounts shown to users: 2 decimals, half-up (0.005 → 0.01, −0.005 → −0.01). */
final class Money {

    private Money() {
    }

    static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
