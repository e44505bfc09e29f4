package fr.relanceiae.sourcing.matching;

import static fr.relanceiae.sourcing.matching.TestCandidates.CLEANING;
import static fr.relanceiae.sourcing.matching.TestCandidates.REFERENCES;
import static fr.relanceiae.sourcing.matching.TestCandidates.departments;
import static fr.relanceiae.sourcing.matching.TestCandidates.structure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Matches come best score first, then by name; the same need always gives the same order. */
class MatchRankingTest {

    private static final MatchCriteria NEED = MatchCriteria.builder().sectors(List.of(CLEANING))
            .departments(List.of("93")).text("Nettoyage de bureaux", null).build().resolvedWith(REFERENCES);

    @Test
    void best_score_first_then_by_name_and_only_those_that_match() {
        Candidate zebra = structure("Zèbre").activity(departments(CLEANING, "93")).build();
        Candidate alpha = structure("Alpha").activity(departments(CLEANING, "93")).build();
        Candidate best = structure("Wagon").activity(departments(CLEANING, "93")).offer("Nettoyage de bureaux", null)
                .build();
        Candidate elsewhere = structure("Ailleurs").activity(departments(CLEANING, "13")).offer("Nettoyage de bureaux", null)
                .build();

        List<MatchRanking.Ranked> ranked = MatchRanking.rank(List.of(zebra, elsewhere, alpha, best), NEED,
                ids -> Map.of(), 10).matches();

        assertThat(ranked).extracting(r -> r.structure().name()).containsExactly("Wagon", "Alpha", "Zèbre");
        assertThat(ranked.get(1).score()).isEqualTo(ranked.get(2).score());
        assertThat(MatchRanking.rank(List.of(zebra, elsewhere, alpha, best), NEED, ids -> Map.of(), 2).matches())
                .extracting(r -> r.structure().name()).containsExactly("Wagon", "Alpha");
    }

    @Test
    void responsiveness_breaks_an_otherwise_equal_score() {
        Candidate alpha = structure("Alpha").activity(departments(CLEANING, "93")).build();
        Candidate beta = structure("Beta").activity(departments(CLEANING, "93")).build();

        MatchRanking.Ranking ranking = MatchRanking.rank(List.of(alpha, beta), NEED,
                ids -> Map.of(beta.id(), 1.0, alpha.id(), 0.0), 10);

        assertThat(ranking.matches()).extracting(r -> r.structure().name()).containsExactly("Beta", "Alpha");
        assertThat(ranking.reasons(ranking.matches().get(0), REFERENCES))
                .containsExactly("Secteur : Nettoyage de locaux", "Département d'intervention : Seine-Saint-Denis (93)");
    }
}
