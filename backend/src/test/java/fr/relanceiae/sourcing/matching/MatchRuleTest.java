package fr.relanceiae.sourcing.matching;

import static fr.relanceiae.sourcing.matching.TestCandidates.CATERING;
import static fr.relanceiae.sourcing.matching.TestCandidates.CLEANING;
import static fr.relanceiae.sourcing.matching.TestCandidates.MONTREUIL_LAT;
import static fr.relanceiae.sourcing.matching.TestCandidates.MONTREUIL_LON;
import static fr.relanceiae.sourcing.matching.TestCandidates.PARIS_LAT;
import static fr.relanceiae.sourcing.matching.TestCandidates.PARIS_LON;
import static fr.relanceiae.sourcing.matching.TestCandidates.country;
import static fr.relanceiae.sourcing.matching.TestCandidates.departments;
import static fr.relanceiae.sourcing.matching.TestCandidates.radius;
import static fr.relanceiae.sourcing.matching.TestCandidates.structure;
import static fr.relanceiae.sourcing.matching.TestCandidates.withTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.relanceiae.directory.search.Distance;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.sourcing.matching.MatchRule.Way;

/**
 * The exact rule, table by table: each place kind (departments, point) × each range kind
 * (DEPARTMENTS, RADIUS, COUNTRY) × includeNationwide, then kinds, presta types, sectors, a structure
 * without coordinates, deactivated and excluded structures. The structure is in Montreuil (93),
 * 6.7 km from the centre of Paris (75).
 */
class MatchRuleTest {

    private static final double MONTREUIL_TO_PARIS = Distance.km(PARIS_LAT, PARIS_LON, MONTREUIL_LAT, MONTREUIL_LON);

    private static MatchCriteria inDepartments(boolean nationwide, String... codes) {
        return MatchCriteria.builder().sectors(List.of(CLEANING)).departments(List.of(codes))
                .includeNationwide(nationwide).build();
    }

    private static MatchCriteria aroundParis(double radiusKm, boolean nationwide) {
        return MatchCriteria.builder().sectors(List.of(CLEANING)).point(PARIS_LAT, PARIS_LON, radiusKm, "75")
                .includeNationwide(nationwide).build();
    }

    /** {@code expected} null: no match. */
    static Stream<Arguments> departmentsTable() {
        return Stream.of(
                Arguments.of("DEPARTMENTS listing the department", departments(CLEANING, "93", "94"), false, List.of("93"), Way.IN_DEPARTMENT, "93"),
                Arguments.of("DEPARTMENTS listing one of the departments", departments(CLEANING, "94"), false, List.of("75", "94"), Way.IN_DEPARTMENT, "94"),
                Arguments.of("DEPARTMENTS listing none of them", departments(CLEANING, "94"), true, List.of("93"), null, null),
                Arguments.of("DEPARTMENTS, nationwide asked: still by department", departments(CLEANING, "93"), true, List.of("93"), Way.IN_DEPARTMENT, "93"),
                Arguments.of("RADIUS, located in the department", radius(CLEANING, 30), false, List.of("93"), Way.WITHIN_OWN_RADIUS, "93"),
                Arguments.of("RADIUS, located elsewhere, even within reach", radius(CLEANING, 30), true, List.of("75"), null, null),
                Arguments.of("COUNTRY, nationwide asked", country(CLEANING), true, List.of("13"), Way.NATIONWIDE, null),
                Arguments.of("COUNTRY, nationwide not asked", country(CLEANING), false, List.of("93"), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("departmentsTable")
    void departments_place(String name, Candidate.CandidateActivity activity, boolean nationwide, List<String> codes,
            Way expected, String department) {
        Candidate structure = structure("S").activity(activity).build();

        MatchRule.Result result = MatchRule.match(inDepartments(nationwide, codes.toArray(String[]::new)), structure);

        if (expected == null) {
            assertThat(result).isNull();
        } else {
            assertThat(result.bestWay()).isEqualTo(expected);
            assertThat(result.grounds().get(0).department()).isEqualTo(department);
            assertThat(result.distanceKm()).as("no distance without a point").isNull();
        }
    }

    static Stream<Arguments> pointTable() {
        double inside = MONTREUIL_TO_PARIS + 1;
        double outside = MONTREUIL_TO_PARIS - 1;
        return Stream.of(
                Arguments.of("located within the radius, whatever the range", departments(CLEANING, "13"), inside, false, Way.NEAR_POINT),
                Arguments.of("located within the radius, COUNTRY without nationwide", country(CLEANING), inside, false, Way.NEAR_POINT),
                Arguments.of("located exactly at the radius", departments(CLEANING, "13"), MONTREUIL_TO_PARIS, false, Way.NEAR_POINT),
                Arguments.of("beyond the radius, DEPARTMENTS listing the point's", departments(CLEANING, "75"), outside, false, Way.IN_DEPARTMENT),
                Arguments.of("beyond the radius, DEPARTMENTS not listing it", departments(CLEANING, "93", "13"), outside, true, null),
                Arguments.of("beyond the radius, RADIUS reaching the point", radius(CLEANING, 10), outside, false, Way.WITHIN_OWN_RADIUS),
                Arguments.of("beyond the radius, RADIUS short of the point", radius(CLEANING, 5), outside, true, null),
                Arguments.of("beyond the radius, COUNTRY, nationwide asked", country(CLEANING), outside, true, Way.NATIONWIDE),
                Arguments.of("beyond the radius, COUNTRY, nationwide not asked", country(CLEANING), outside, false, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pointTable")
    void point_place(String name, Candidate.CandidateActivity activity, double radiusKm, boolean nationwide,
            Way expected) {
        Candidate structure = structure("S").activity(activity).build();

        MatchRule.Result result = MatchRule.match(aroundParis(radiusKm, nationwide), structure);

        if (expected == null) {
            assertThat(result).isNull();
        } else {
            assertThat(result.bestWay()).isEqualTo(expected);
            assertThat(result.distanceKm()).isCloseTo(6.7, offset(0.05));
        }
    }

    static Stream<Arguments> withoutCoordinatesTable() {
        return Stream.of(
                Arguments.of("DEPARTMENTS listing the point's", departments(CLEANING, "75"), true, Way.IN_DEPARTMENT),
                Arguments.of("DEPARTMENTS not listing it, however large the radius", departments(CLEANING, "93"), true, null),
                Arguments.of("RADIUS, however large", radius(CLEANING, 1000), true, null),
                Arguments.of("COUNTRY, nationwide asked", country(CLEANING), true, Way.NATIONWIDE),
                Arguments.of("COUNTRY, nationwide not asked", country(CLEANING), false, null));
    }

    @ParameterizedTest(name = "without coordinates, {0}")
    @MethodSource("withoutCoordinatesTable")
    void a_structure_without_coordinates_matches_a_point_only_through_departments_or_country(String name,
            Candidate.CandidateActivity activity, boolean nationwide, Way expected) {
        Candidate structure = structure("S").withoutCoordinates().activity(activity).build();

        MatchRule.Result result = MatchRule.match(aroundParis(500, nationwide), structure);

        if (expected == null) {
            assertThat(result).isNull();
        } else {
            assertThat(result.bestWay()).isEqualTo(expected);
            assertThat(result.distanceKm()).isNull();
        }
    }

    @Test
    void a_point_whose_department_is_unknown_is_covered_by_no_departments_activity() {
        MatchCriteria criteria = MatchCriteria.builder().sectors(List.of(CLEANING)).point(PARIS_LAT, PARIS_LON, 1.0, null)
                .build();
        Candidate structure = structure("S").activity(departments(CLEANING, "75")).build();

        assertThat(MatchRule.match(criteria, structure)).isNull();
        assertThat(MatchRule.match(criteria.resolvedWith(TestCandidates.REFERENCES), structure).bestWay())
                .as("once resolved from the nearest commune").isEqualTo(Way.IN_DEPARTMENT);
    }

    static Stream<Arguments> kindsTable() {
        return Stream.of(
                Arguments.of(Set.of(), true),
                Arguments.of(Set.of(StructureKind.ACI), true),
                Arguments.of(Set.of(StructureKind.EI, StructureKind.ACI), true),
                Arguments.of(Set.of(StructureKind.EI), false),
                Arguments.of(Set.of(StructureKind.EA, StructureKind.ESAT), false));
    }

    @ParameterizedTest(name = "an ACI, kinds {0}: {1}")
    @MethodSource("kindsTable")
    void kinds_allowed(Set<StructureKind> kinds, boolean matches) {
        Candidate aci = structure("S").kind(StructureKind.ACI).activity(departments(CLEANING, "93")).build();
        for (boolean point : new boolean[] { false, true }) {
            MatchCriteria.Builder criteria = MatchCriteria.builder().sectors(List.of(CLEANING)).kinds(kinds);
            if (point) {
                criteria.point(PARIS_LAT, PARIS_LON, 20.0, "75");
            } else {
                criteria.departments(List.of("93"));
            }
            assertThat(MatchRule.match(criteria.build(), aci) != null).as(point ? "point" : "departments")
                    .isEqualTo(matches);
        }
    }

    static Stream<Arguments> prestaTypesTable() {
        return Stream.of(
                Arguments.of(Set.of(), Set.of(PrestaType.GOODS), true),
                Arguments.of(Set.of(PrestaType.SERVICE), Set.of(PrestaType.SERVICE), true),
                Arguments.of(Set.of(PrestaType.GOODS, PrestaType.SERVICE), Set.of(PrestaType.SERVICE, PrestaType.STAFFING), true),
                Arguments.of(Set.of(PrestaType.GOODS), Set.of(PrestaType.SERVICE, PrestaType.STAFFING), false),
                Arguments.of(Set.of(PrestaType.STAFFING), Set.of(PrestaType.SERVICE), false));
    }

    @ParameterizedTest(name = "asked {0}, activity {1}: {2}")
    @MethodSource("prestaTypesTable")
    void presta_types_shared(Set<PrestaType> asked, Set<PrestaType> offered, boolean matches) {
        for (Candidate.CandidateActivity activity : List.of(departments(CLEANING, "93"), radius(CLEANING, 30),
                country(CLEANING))) {
            Candidate structure = structure("S")
                    .activity(withTypes(activity, offered.toArray(PrestaType[]::new))).build();
            MatchCriteria criteria = MatchCriteria.builder().sectors(List.of(CLEANING)).prestaTypes(asked)
                    .departments(List.of("93")).includeNationwide(true).build();

            assertThat(MatchRule.match(criteria, structure) != null).as(activity.range().name()).isEqualTo(matches);
        }
    }

    @Test
    void the_sector_the_presta_types_and_the_place_must_hold_for_one_same_activity() {
        Candidate structure = structure("S")
                .activity(departments(CATERING, "93")) // the place, not the sector
                .activity(withTypes(departments(CLEANING, "13"), PrestaType.SERVICE)) // the sector, not the place
                .activity(withTypes(departments(CLEANING, "93"), PrestaType.GOODS)) // sector and place, not the type
                .build();
        MatchCriteria criteria = MatchCriteria.builder().sectors(List.of(CLEANING)).prestaTypes(Set.of(PrestaType.SERVICE))
                .departments(List.of("93")).build();

        assertThat(MatchRule.match(criteria, structure)).isNull();
    }

    @Test
    void every_activity_that_matches_is_a_ground_best_way_first() {
        Candidate structure = structure("S").activity(country(CATERING)).activity(departments(CLEANING, "93")).build();
        MatchCriteria criteria = MatchCriteria.builder().sectors(List.of(CLEANING, CATERING)).departments(List.of("93"))
                .includeNationwide(true).build();

        MatchRule.Result result = MatchRule.match(criteria, structure);

        assertThat(result.grounds()).extracting(MatchRule.Ground::way).containsExactly(Way.IN_DEPARTMENT, Way.NATIONWIDE);
    }

    @Test
    void a_deactivated_or_excluded_structure_never_matches() {
        Candidate active = structure("S").activity(departments(CLEANING, "93")).build();
        Candidate deactivated = structure("D").inactive().activity(departments(CLEANING, "93")).build();
        MatchCriteria criteria = inDepartments(false, "93");
        MatchCriteria excluding = MatchCriteria.builder().sectors(List.of(CLEANING)).departments(List.of("93"))
                .excludedStructureIds(List.of(active.id())).build();

        assertThat(MatchRule.match(criteria, active)).isNotNull();
        assertThat(MatchRule.match(criteria, deactivated)).isNull();
        assertThat(MatchRule.match(excluding, active)).isNull();
    }

    @Test
    void a_need_without_sector_or_place_matches_nothing() {
        Candidate structure = structure("S").activity(country(CLEANING)).build();

        assertThat(MatchRule.match(MatchCriteria.builder().departments(List.of("93")).includeNationwide(true).build(),
                structure)).isNull();
        assertThat(MatchRule.match(MatchCriteria.builder().sectors(List.of(CLEANING)).includeNationwide(true).build(),
                structure)).isNull();
    }
}
