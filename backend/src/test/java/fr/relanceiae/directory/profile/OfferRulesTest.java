package fr.relanceiae.directory.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.relanceiae.directory.DirectoryReferences;
import fr.relanceiae.directory.Issue;
import fr.relanceiae.reference.PrestaType;

class OfferRulesTest {

    private static final DirectoryReferences REFERENCES = new DirectoryReferences(Set.of("75"), Set.of("plomberie"),
            Set.of(), Set.of(), postCode -> Optional.ofNullable(Map.<String, String>of().get(postCode)));

    private static OfferInput offer(String title, String sector, PrestaType type, String unit, String priceMin,
            String priceMax, Integer capacity) {
        return new OfferInput(title, "  ", sector, type, unit, priceMin == null ? null : new BigDecimal(priceMin),
                priceMax == null ? null : new BigDecimal(priceMax), capacity);
    }

    @Test
    void text_is_trimmed_blank_is_absent_and_the_sector_is_lower_cased() {
        OfferRules.Checked checked = OfferRules.check(
                offer("  Dépannage  ", "Plomberie", PrestaType.SERVICE, " heure ", "45.50", "60", 120), REFERENCES);
        assertThat(checked.issues()).isEmpty();
        assertThat(checked.input()).isEqualTo(new OfferInput("Dépannage", null, "plomberie", PrestaType.SERVICE,
                "heure", new BigDecimal("45.50"), new BigDecimal("60"), 120));
    }

    @Test
    void required_values_are_reported_field_by_field() {
        OfferRules.Checked checked = OfferRules.check(offer(" ", "inconnu", null, null, null, null, null), REFERENCES);
        assertThat(checked.issues()).extracting(Issue::field).containsExactly("title", "sector", "prestaType");
        assertThat(checked.issues()).allMatch(Issue::blocking);
        assertThat(OfferRules.check(offer("Pose", null, PrestaType.GOODS, null, null, null, null), REFERENCES)
                .issues()).containsExactly(Issue.blocking("sector", "Le secteur est obligatoire."));
    }

    @Test
    void prices_go_from_0_with_two_decimals_and_the_maximum_is_not_below_the_minimum() {
        assertThat(OfferRules.check(offer("Pose", "plomberie", PrestaType.GOODS, null, "60", "45.5", null),
                REFERENCES).issues())
                .containsExactly(Issue.blocking("priceMax", "Le prix maximum est inférieur au prix minimum."));
        assertThat(OfferRules.check(offer("Pose", "plomberie", PrestaType.GOODS, null, "-1", "1.005", null),
                REFERENCES).issues()).extracting(Issue::field).containsExactly("priceMin", "priceMax");
        assertThat(OfferRules.check(offer("Pose", "plomberie", PrestaType.GOODS, null, "0", "9999999999.99", 0),
                REFERENCES).issues()).isEmpty();
        assertThat(OfferRules.check(offer("Pose", "plomberie", PrestaType.GOODS, null, null, "10000000000", null),
                REFERENCES).issues()).extracting(Issue::field).containsExactly("priceMax");
    }

    @Test
    void lengths_and_the_capacity_are_bounded() {
        OfferRules.Checked checked = OfferRules.check(new OfferInput("x".repeat(201),
                "d".repeat(StructureRules.MAX_DESCRIPTION_LENGTH + 1), "plomberie", PrestaType.SERVICE, "u".repeat(51),
                null, null, -1), REFERENCES);
        assertThat(checked.issues()).extracting(Issue::field)
                .containsExactly("title", "description", "unit", "monthlyCapacity");
    }
}
