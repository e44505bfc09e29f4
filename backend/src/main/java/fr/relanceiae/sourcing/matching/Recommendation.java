package fr.relanceiae.sourcing.matching;

import java.math.BigDecimal;

/**
 * What the "potential" counter advises the buyer (pure): reserve the contract to inclusion
 * structures when more than {@link #RESERVE_ABOVE} match and the amount is under
 * {@link #REVENUE_SHARE} of their average annual revenue (so that winning it does not make a
 * structure depend on one client); otherwise a dedicated lot when more than {@link #LOT_ABOVE}
 * match; a social clause when more than {@link #CLAUSE_ABOVE}; else nothing. The reason says why,
 * in French, including why a reservation was not advised when more than 30 match.
 */
public record Recommendation(Kind kind, String reason) {

    public enum Kind {
        /** Reserve the contract (code de la commande publique, L2113-12 and L2113-13). */
        RESERVED_CONTRACT,
        /** A lot of its own for these structures. */
        DEDICATED_LOT,
        /** A social clause (insertion hours) in the contract. */
        SOCIAL_CLAUSE,
        NONE
    }

    static final int RESERVE_ABOVE = 30;
    static final int LOT_ABOVE = 10;
    static final int CLAUSE_ABOVE = 1;
    static final BigDecimal REVENUE_SHARE = new BigDecimal("0.30");

    /**
     * @param matching       how many structures match
     * @param amount         the need's amount in euros (the integrator passes {@code amountMax}, else
     *                       {@code amountMin}); null: not given yet
     * @param averageRevenue their average annual revenue in euros ({@link MatchCount#averageRevenue});
     *                       null: unknown
     */
    public static Recommendation of(int matching, BigDecimal amount, Long averageRevenue) {
        String can = matching + " structures peuvent répondre";
        if (matching > RESERVE_ABOVE) {
            if (amount != null && averageRevenue != null
                    && amount.compareTo(REVENUE_SHARE.multiply(BigDecimal.valueOf(averageRevenue))) < 0) {
                return new Recommendation(Kind.RESERVED_CONTRACT, can + " et le montant (" + FrenchNumbers.amount(amount)
                        + " €) est inférieur à 30 % de leur chiffre d'affaires annuel moyen ("
                        + FrenchNumbers.integer(averageRevenue) + " €) : le marché peut leur être réservé.");
            }
            return new Recommendation(Kind.DEDICATED_LOT, can + " : un lot peut leur être dédié. "
                    + whyNotReserved(amount, averageRevenue));
        }
        if (matching > LOT_ABOVE) {
            return new Recommendation(Kind.DEDICATED_LOT, can + " : un lot peut leur être dédié.");
        }
        if (matching > CLAUSE_ABOVE) {
            return new Recommendation(Kind.SOCIAL_CLAUSE,
                    can + " : une clause sociale d'insertion dans le marché leur permettra d'y contribuer.");
        }
        if (matching == 1) {
            return new Recommendation(Kind.NONE,
                    "Une seule structure peut répondre : trop peu pour un lot ou une clause sociale, "
                            + "mais vous pouvez la solliciter.");
        }
        return new Recommendation(Kind.NONE,
                "Aucune structure ne correspond pour l'instant : élargissez le lieu, les secteurs ou les types de structure.");
    }

    private static String whyNotReserved(BigDecimal amount, Long averageRevenue) {
        if (amount == null) {
            return "Indiquez le montant pour savoir si le marché peut leur être réservé.";
        }
        if (averageRevenue == null) {
            return "Leur chiffre d'affaires n'est pas connu : la réservation du marché ne peut pas être évaluée.";
        }
        return "Le montant atteint au moins 30 % de leur chiffre d'affaires annuel moyen ("
                + FrenchNumbers.integer(averageRevenue) + " €) : un marché réservé les rendrait trop dépendantes de ce client.";
    }
}
