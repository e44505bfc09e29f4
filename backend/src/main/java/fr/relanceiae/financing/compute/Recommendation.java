package fr.relanceiae.financing.compute;

import java.math.BigDecimal;

/**
 * An instrument recommended to a structure, why (in French: the rule's label and the
 * values that triggered it, e.g. « Orientation vers un DLA : trésorerie pour 2,4 mois
 * (moins de 6 mois) »), and an indicative amount in euros (2 decimals) or null.
 */
public record Recommendation(Instrument instrument, String reason, BigDecimal amount) {
}
