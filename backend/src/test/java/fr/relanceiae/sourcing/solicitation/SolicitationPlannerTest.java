package fr.relanceiae.sourcing.solicitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.sourcing.request.SourcingRequest;
import fr.relanceiae.sourcing.solicitation.SolicitationCandidates.Candidate;
import fr.relanceiae.sourcing.solicitation.SolicitationPlanner.Planned;

class SolicitationPlannerTest {

    private static final UUID A = id(1), B = id(2), C = id(3), D = id(4), E = id(5);

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private static SourcingRequest request(List<UUID> targets, List<UUID> excluded, Integer max) {
        SourcingRequest request = new SourcingRequest();
        request.targetStructureIds = targets.toArray(UUID[]::new);
        request.excludedStructureIds = excluded.toArray(UUID[]::new);
        request.maxSolicitations = max;
        return request;
    }

    private static Candidate candidate(UUID id, int score) {
        return new Candidate(id, score, List.of("Secteur : Nettoyage"), 2.5);
    }

    private static List<UUID> ids(List<Planned> planned) {
        return planned.stream().map(Planned::structureId).toList();
    }

    @Test
    void matches_are_solicited_best_score_first_ties_in_the_matchers_order() {
        List<Planned> planned = SolicitationPlanner.plan(request(List.of(), List.of(), null),
                List.of(candidate(A, 40), candidate(B, 90), candidate(C, 40), candidate(D, 60)));
        assertThat(ids(planned)).containsExactly(B, D, A, C);
        assertThat(planned).allSatisfy(p -> assertThat(p.origin()).isEqualTo(SolicitationOrigin.MATCHED));
        assertThat(planned.get(0).score()).isEqualTo(90);
        assertThat(planned.get(0).reasons()).containsExactly("Secteur : Nettoyage");
    }

    @Test
    void targets_come_first_whether_or_not_they_match_and_keep_their_match_when_they_do() {
        List<Planned> planned = SolicitationPlanner.plan(request(List.of(E, A), List.of(), null),
                List.of(candidate(A, 40), candidate(B, 90)));
        assertThat(ids(planned)).containsExactly(E, A, B);
        assertThat(planned.get(0).origin()).isEqualTo(SolicitationOrigin.TARGETED);
        assertThat(planned.get(0).score()).isNull();
        assertThat(planned.get(1).origin()).isEqualTo(SolicitationOrigin.TARGETED);
        assertThat(planned.get(1).score()).isEqualTo(40);
        assertThat(planned.get(2).origin()).isEqualTo(SolicitationOrigin.MATCHED);
    }

    @Test
    void excluded_structures_are_never_solicited_even_as_targets() {
        List<Planned> planned = SolicitationPlanner.plan(request(List.of(A, C), List.of(A, B), null),
                List.of(candidate(A, 40), candidate(B, 90), candidate(D, 10)));
        assertThat(ids(planned)).containsExactly(C, D);
    }

    @Test
    void the_cap_counts_the_targets_which_are_always_solicited() {
        List<Candidate> candidates = List.of(candidate(A, 40), candidate(B, 90), candidate(C, 70));
        assertThat(ids(SolicitationPlanner.plan(request(List.of(E), List.of(), 3), candidates))).containsExactly(E, B, C);
        assertThat(ids(SolicitationPlanner.plan(request(List.of(E, D), List.of(), 1), candidates))).containsExactly(E, D);
        assertThat(ids(SolicitationPlanner.plan(request(List.of(), List.of(), 1), candidates))).containsExactly(B);
    }

    @Test
    void each_structure_is_solicited_once() {
        List<Planned> planned = SolicitationPlanner.plan(request(List.of(A, A), List.of(), null),
                List.of(candidate(B, 50), candidate(B, 80), candidate(A, 30)));
        assertThat(ids(planned)).containsExactly(A, B);
        assertThat(planned.get(1).score()).isEqualTo(80);
    }
}
