package fr.relanceiae.sourcing.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import fr.relanceiae.sourcing.matching.Recommendation.Kind;

/** The potential counter's advice at each boundary: 30/31, 10/11, 1/2, the 30 % share, missing amount or revenue. */
class RecommendationTest {

    private static final BigDecimal SMALL = new BigDecimal("50000");
    private static final long REVENUE = 400_000; // 30 % = 120,000

    @Test
    void more_than_30_structures_and_an_amount_under_30_percent_of_their_revenue_reserve_the_contract() {
        Recommendation recommendation = Recommendation.of(31, SMALL, REVENUE);

        assertThat(recommendation.kind()).isEqualTo(Kind.RESERVED_CONTRACT);
        assertThat(recommendation.reason()).isEqualTo("31 structures peuvent répondre et le montant (50 000 €) est"
                + " inférieur à 30 % de leur chiffre d'affaires annuel moyen (400 000 €) : le marché peut leur être réservé.");
    }

    @Test
    void exactly_30_structures_is_a_dedicated_lot() {
        assertThat(Recommendation.of(30, SMALL, REVENUE).kind()).isEqualTo(Kind.DEDICATED_LOT);
        assertThat(Recommendation.of(30, SMALL, REVENUE).reason()).isEqualTo("30 structures peuvent répondre : un lot peut leur être dédié.");
    }

    @Test
    void the_amount_must_be_strictly_under_30_percent_of_the_average_revenue() {
        assertThat(Recommendation.of(31, new BigDecimal("119999.99"), REVENUE).kind()).isEqualTo(Kind.RESERVED_CONTRACT);
        Recommendation atThirtyPercent = Recommendation.of(31, new BigDecimal("120000"), REVENUE);
        assertThat(atThirtyPercent.kind()).isEqualTo(Kind.DEDICATED_LOT);
        assertThat(atThirtyPercent.reason()).isEqualTo("31 structures peuvent répondre : un lot peut leur être dédié."
                + " Le montant atteint au moins 30 % de leur chiffre d'affaires annuel moyen (400 000 €) :"
                + " un marché réservé les rendrait trop dépendantes de ce client.");
    }

    @Test
    void without_an_amount_or_a_known_revenue_more_than_30_structures_get_a_lot_and_are_told_why() {
        Recommendation noAmount = Recommendation.of(45, null, REVENUE);
        Recommendation noRevenue = Recommendation.of(45, SMALL, null);

        assertThat(noAmount.kind()).isEqualTo(Kind.DEDICATED_LOT);
        assertThat(noAmount.reason()).endsWith("Indiquez le montant pour savoir si le marché peut leur être réservé.");
        assertThat(noRevenue.kind()).isEqualTo(Kind.DEDICATED_LOT);
        assertThat(noRevenue.reason())
                .endsWith("Leur chiffre d'affaires n'est pas connu : la réservation du marché ne peut pas être évaluée.");
    }

    @Test
    void eleven_structures_is_a_lot_ten_a_social_clause() {
        assertThat(Recommendation.of(11, null, null).kind()).isEqualTo(Kind.DEDICATED_LOT);
        Recommendation ten = Recommendation.of(10, SMALL, REVENUE);
        assertThat(ten.kind()).isEqualTo(Kind.SOCIAL_CLAUSE);
        assertThat(ten.reason()).isEqualTo(
                "10 structures peuvent répondre : une clause sociale d'insertion dans le marché leur permettra d'y contribuer.");
    }

    @Test
    void two_structures_is_a_social_clause_one_or_none_nothing() {
        assertThat(Recommendation.of(2, null, null).kind()).isEqualTo(Kind.SOCIAL_CLAUSE);
        assertThat(Recommendation.of(1, SMALL, REVENUE)).isEqualTo(new Recommendation(Kind.NONE,
                "Une seule structure peut répondre : trop peu pour un lot ou une clause sociale, mais vous pouvez la solliciter."));
        assertThat(Recommendation.of(0, null, null)).isEqualTo(new Recommendation(Kind.NONE,
                "Aucune structure ne correspond pour l'instant : élargissez le lieu, les secteurs ou les types de structure."));
    }

    @Test
    void amounts_with_cents_are_written_the_french_way() {
        assertThat(Recommendation.of(31, new BigDecimal("1234.5"), REVENUE).reason()).contains("(1 234,50 €)");
    }
}
