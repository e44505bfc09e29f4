package fr.relanceiae.sourcing.matching;

import static fr.relanceiae.sourcing.matching.TestCandidates.CATERING;
import static fr.relanceiae.sourcing.matching.TestCandidates.CLEANING;
import static fr.relanceiae.sourcing.matching.TestCandidates.GREEN_SPACES;
import static fr.relanceiae.sourcing.matching.TestCandidates.REFERENCES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;

/** A need as the buyer types it: incomplete parts read sensibly, groups expanded, the point's department found. */
class MatchCriteriaTest {

    @Test
    void an_empty_request_is_not_matchable() {
        MatchCriteria criteria = MatchCriteria.builder().sectors(null).departments(null).kinds(null).prestaTypes(null)
                .point(null, null, null, null).includeNationwide(null).text(null, null).excludedStructureIds(null)
                .build();

        assertThat(criteria.isMatchable()).isFalse();
        assertThat(criteria.place()).isNull();
        assertThat(criteria.text()).isEmpty();
        assertThat(criteria.includeNationwide()).isFalse();
    }

    @Test
    void a_point_needs_lat_lon_and_a_positive_radius_else_the_departments_are_the_place() {
        assertThat(MatchCriteria.builder().point(48.85, 2.35, null, "75").build().place()).isNull();
        assertThat(MatchCriteria.builder().point(48.85, null, 10.0, "75").build().place()).isNull();
        assertThat(MatchCriteria.builder().point(48.85, 2.35, 0.0, "75").build().place()).isNull();
        assertThat(MatchCriteria.builder().point(95.0, 2.35, 10.0, "75").build().place()).isNull();
        assertThat(MatchCriteria.builder().point(48.85, 2.35, null, null).departments(List.of("93")).build().place())
                .isEqualTo(new MatchCriteria.InDepartments(List.of("93")));
        assertThat(MatchCriteria.builder().point(48.85, 2.35, 10.0, " ").departments(List.of("93")).build().place())
                .as("a whole point wins over departments").isEqualTo(new MatchCriteria.AroundPoint(48.85, 2.35, 10.0, null));
    }

    @Test
    void blank_and_null_values_in_lists_are_left_out() {
        MatchCriteria criteria = MatchCriteria.builder().sectors(Arrays.asList(CLEANING, null, " "))
                .departments(Arrays.asList("", null)).build();

        assertThat(criteria.sectors()).containsExactly(CLEANING);
        assertThat(criteria.place()).isNull();
    }

    @Test
    void a_group_slug_means_all_its_sectors_and_unknown_slugs_are_dropped() {
        MatchCriteria criteria = MatchCriteria.builder().sectors(List.of("proprete", CATERING, "inconnu"))
                .departments(List.of("93")).build();

        MatchCriteria resolved = criteria.resolvedWith(REFERENCES);

        assertThat(resolved.sectors()).containsExactlyInAnyOrder(CLEANING, GREEN_SPACES, CATERING);
        assertThat(MatchCriteria.builder().sectors(List.of("inconnu")).departments(List.of("93")).build()
                .resolvedWith(REFERENCES).isMatchable()).as("only unknown sectors: nothing to match").isFalse();
    }

    @Test
    void the_point_department_is_taken_from_the_nearest_commune_when_absent_and_kept_when_given() {
        MatchCriteria nearMontreuil = MatchCriteria.builder().sectors(List.of(CLEANING)).point(48.87, 2.45, 5.0, null)
                .build();
        MatchCriteria given = MatchCriteria.builder().sectors(List.of(CLEANING)).point(48.87, 2.45, 5.0, "94").build();

        assertThat(nearMontreuil.resolvedWith(REFERENCES).point().department()).isEqualTo("93");
        assertThat(given.resolvedWith(REFERENCES).point().department()).isEqualTo("94");
    }

    @Test
    void codes_as_a_request_carries_them_unknown_ones_left_out() {
        MatchCriteria criteria = MatchCriteria.builder().prestaTypeCodes(Arrays.asList("GOODS", "SERV", null))
                .kindCodes(List.of("EI", "aci", "ESAT")).point(48.85, 2.35, Integer.valueOf(12), "75").build();

        assertThat(criteria.prestaTypes()).containsExactly(PrestaType.GOODS);
        assertThat(criteria.kinds()).containsExactlyInAnyOrder(StructureKind.EI,
                StructureKind.ESAT);
        assertThat(criteria.point().radiusKm()).isEqualTo(12.0);
    }

    @Test
    void the_text_is_the_title_then_the_description() {
        assertThat(MatchCriteria.builder().text(" Nettoyage ", "de bureaux").build().text())
                .isEqualTo("Nettoyage\nde bureaux");
        assertThat(MatchCriteria.builder().text(null, "bureaux").build().text()).isEqualTo("bureaux");
    }
}
