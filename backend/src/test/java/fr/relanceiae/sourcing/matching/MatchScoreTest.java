package fr.relanceiae.sourcing.matching;

import static fr.relanceiae.sourcing.matching.TestCandidates.CLEANING;
import static fr.relanceiae.sourcing.matching.TestCandidates.PARIS_LAT;
import static fr.relanceiae.sourcing.matching.TestCandidates.PARIS_LON;
import static fr.relanceiae.sourcing.matching.TestCandidates.departments;
import static fr.relanceiae.sourcing.matching.TestCandidates.structure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The score orders matches by text, nearness, insertion and responsiveness, always within 0–100. */
class MatchScoreTest {

    private static final MatchCriteria.AroundPoint PARIS = new MatchCriteria.AroundPoint(PARIS_LAT, PARIS_LON, 10, "75");

    private static int score(String need, Candidate structure) {
        return MatchScore.of(Stems.ofQuery(need), structure, null, null, Responsiveness.NEUTRAL);
    }

    @Test
    void words_in_an_offer_title_weigh_more_than_in_a_description_more_than_nowhere() {
        Candidate inTitle = structure("A").activity(departments(CLEANING, "93"))
                .offer("Nettoyage de bureaux", "Entretien régulier").build();
        Candidate inDescription = structure("B").activity(departments(CLEANING, "93"))
                .description("Nous assurons le nettoyage des bureaux et des écoles.").build();
        Candidate nowhere = structure("C").activity(departments(CLEANING, "93")).offer("Vitrerie", null).build();
        String need = "Nettoyage de nos bureaux";

        assertThat(score(need, inTitle)).isGreaterThan(score(need, inDescription));
        assertThat(score(need, inDescription)).isGreaterThan(score(need, nowhere));
    }

    @Test
    void text_is_compared_without_accents_case_or_plurals() {
        Candidate structure = structure("A").activity(departments(CLEANING, "93")).offer("ENTRETIEN DES ÉCOLES", null)
                .build();

        assertThat(MatchScore.textRelevance(Stems.ofQuery("entretien ecole"), structure)).isEqualTo(1.0);
    }

    @Test
    void a_few_words_of_a_long_description_give_full_text_marks() {
        Candidate structure = structure("A").activity(departments(CLEANING, "93"))
                .offer("Nettoyage de bureaux, vitres et sanitaires", null).build();
        String longNeed = "Nettoyage bureaux vitres sanitaires quotidien pour notre siège de trois étages avec parking";

        assertThat(MatchScore.textRelevance(Stems.ofQuery(longNeed), structure)).isEqualTo(0.8);
    }

    @Test
    void nearer_scores_higher_and_no_coordinates_scores_as_far() {
        Candidate structure = structure("A").activity(departments(CLEANING, "75")).build();

        int near = MatchScore.of(Stems.NONE, structure, PARIS, 1.0, Responsiveness.NEUTRAL);
        int atRadius = MatchScore.of(Stems.NONE, structure, PARIS, 10.0, Responsiveness.NEUTRAL);
        int far = MatchScore.of(Stems.NONE, structure, PARIS, 25.0, Responsiveness.NEUTRAL);
        int unknown = MatchScore.of(Stems.NONE, structure, PARIS, null, Responsiveness.NEUTRAL);

        assertThat(near).isGreaterThan(atRadius);
        assertThat(atRadius).isGreaterThan(far);
        assertThat(far).isEqualTo(unknown);
        assertThat(MatchScore.nearness(10.0, 10)).isEqualTo(0.5);
    }

    @Test
    void more_insertion_fte_and_more_responsiveness_score_higher() {
        Candidate few = structure("A").insertionFte(2.0).build();
        Candidate many = structure("B").insertionFte(30.0).build();
        Candidate unknown = structure("C").build();

        assertThat(score("", many)).isGreaterThan(score("", few));
        assertThat(score("", few)).isGreaterThan(score("", unknown));
        assertThat(MatchScore.of(Stems.NONE, few, null, null, 0.9)).isGreaterThan(MatchScore.of(Stems.NONE, few, null, null, 0.1));
    }

    @Test
    void the_score_is_within_0_and_100_whatever_the_inputs() {
        Candidate best = structure("A").insertionFte(1_000_000.0).offer("Nettoyage", null).build();
        Candidate worst = structure("B").build();

        assertThat(MatchScore.of(Stems.ofQuery("nettoyage"), best, PARIS, 0.0, 5)).isEqualTo(100);
        assertThat(MatchScore.of(Stems.ofQuery("nettoyage"), worst, PARIS, 1000.0, -1)).isZero();
    }

    @Test
    void with_departments_and_no_text_only_insertion_and_responsiveness_count() {
        // 15 × 10/(10+10) + 20 × 0.5 = 17.5 points out of 35
        assertThat(score("", structure("A").insertionFte(10.0).build())).isEqualTo(50);
    }
}
