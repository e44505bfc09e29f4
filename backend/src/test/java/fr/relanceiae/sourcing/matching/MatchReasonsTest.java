package fr.relanceiae.sourcing.matching;

import static fr.relanceiae.sourcing.matching.TestCandidates.CATERING;
import static fr.relanceiae.sourcing.matching.TestCandidates.CLEANING;
import static fr.relanceiae.sourcing.matching.TestCandidates.PARIS_LAT;
import static fr.relanceiae.sourcing.matching.TestCandidates.PARIS_LON;
import static fr.relanceiae.sourcing.matching.TestCandidates.REFERENCES;
import static fr.relanceiae.sourcing.matching.TestCandidates.country;
import static fr.relanceiae.sourcing.matching.TestCandidates.departments;
import static fr.relanceiae.sourcing.matching.TestCandidates.radius;
import static fr.relanceiae.sourcing.matching.TestCandidates.structure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Reasons in French, with the reference data's labels and French numbers: never a slug. */
class MatchReasonsTest {

    private static List<String> reasons(MatchCriteria criteria, Candidate structure) {
        MatchCriteria resolved = criteria.resolvedWith(REFERENCES);
        return MatchReasons.of(MatchRule.match(resolved, structure), structure, Stems.ofQuery(resolved.text()),
                REFERENCES);
    }

    @Test
    void departments_sector_department_and_the_offers_having_the_words() {
        Candidate structure = structure("A").activity(departments(CLEANING, "93", "94"))
                .offer("Vitrerie", "Lavage des vitres")
                .offer("Nettoyage de bureaux", "Entretien régulier")
                .offer("Entretien des bureaux le samedi", null)
                .offer("Nettoyage de fin de chantier", null).build();
        MatchCriteria criteria = MatchCriteria.builder().sectors(List.of("proprete")).departments(List.of("94", "93"))
                .text("Nettoyage de bureaux", null).build();

        assertThat(reasons(criteria, structure)).containsExactly("Secteur : Nettoyage de locaux",
                "Département d'intervention : Seine-Saint-Denis (93)", "Offre « Nettoyage de bureaux »",
                "Offre « Entretien des bureaux le samedi »");
    }

    @Test
    void point_near_the_structure_gives_its_distance_in_french() {
        Candidate structure = structure("A").activity(departments(CLEANING, "13")).build();
        MatchCriteria criteria = MatchCriteria.builder().sectors(List.of(CLEANING)).point(PARIS_LAT, PARIS_LON, 10.0, null)
                .build();

        assertThat(reasons(criteria, structure)).containsExactly("Secteur : Nettoyage de locaux", "À 6,7 km");
    }

    @Test
    void point_reached_by_the_structure_radius() {
        Candidate structure = structure("A").activity(radius(CLEANING, 30)).build();
        MatchCriteria criteria = MatchCriteria.builder().sectors(List.of(CLEANING)).point(PARIS_LAT, PARIS_LON, 2.0, "75")
                .build();

        assertThat(reasons(criteria, structure)).containsExactly("Secteur : Nettoyage de locaux",
                "Rayon d'intervention de 30 km", "À 6,7 km");
    }

    @Test
    void departments_reached_by_a_radius_say_where_the_structure_is() {
        Candidate structure = structure("A").activity(radius(CLEANING, 30)).build();
        MatchCriteria criteria = MatchCriteria.builder().sectors(List.of(CLEANING)).departments(List.of("93")).build();

        assertThat(reasons(criteria, structure)).containsExactly("Secteur : Nettoyage de locaux",
                "Implantation : Seine-Saint-Denis (93)", "Rayon d'intervention de 30 km");
    }

    @Test
    void nationwide_and_several_sectors() {
        Candidate structure = structure("A").withoutCoordinates().activity(country(CLEANING)).activity(country(CATERING))
                .build();
        MatchCriteria criteria = MatchCriteria.builder().sectors(List.of(CLEANING, CATERING))
                .point(PARIS_LAT, PARIS_LON, 10.0, "75").includeNationwide(true).build();

        assertThat(reasons(criteria, structure)).containsExactly("Secteurs : Nettoyage de locaux, Restauration",
                "Intervient dans toute la France");
    }

    @Test
    void distances_are_written_the_french_way() {
        assertThat(MatchReasons.distance(3.24)).isEqualTo("À 3,2 km");
        assertThat(MatchReasons.distance(3.25)).isEqualTo("À 3,3 km");
        assertThat(MatchReasons.distance(9.96)).isEqualTo("À 10,0 km");
        assertThat(MatchReasons.distance(25.6)).isEqualTo("À 26 km");
        assertThat(MatchReasons.distance(1234.4)).isEqualTo("À 1 234 km");
        assertThat(MatchReasons.distance(0.04)).isEqualTo("À moins de 100 m");
    }
}
