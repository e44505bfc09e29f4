package fr.relanceiae.sourcing.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The in-memory part of matching (pure): the {@link MatchRule} over every structure, then the
 * {@link MatchScore} of those that match, best first, then by name (its search form), then id. What
 * the {@link Matcher} runs on its snapshot, and what {@code backend/bench/MatchBench.java} times on
 * 10,000 structures.
 */
public final class MatchRanking {

    /** A structure that matches: why, and its score. */
    public record Ranked(Candidate structure, MatchRule.Result result, int score) {
    }

    /** The matches best first, and the need's words (read once: the reasons name the offers having them). */
    public record Ranking(List<Ranked> matches, int[] query) {

        /** The reasons of one of these matches, in French. */
        public List<String> reasons(Ranked match, MatchReferences references) {
            return MatchReasons.of(match.result(), match.structure(), query, references);
        }
    }

    /** A structure that matches, and why (not scored: the counter needs no score). */
    public record Found(Candidate structure, MatchRule.Result result) {
    }

    private static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::score).reversed()
            .thenComparing(ranked -> ranked.structure().sortName(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ranked -> ranked.structure().id());

    private MatchRanking() {
    }

    /** Those of the structures that match the (resolved) criteria. */
    public static List<Found> find(Collection<Candidate> structures, MatchCriteria resolved) {
        List<Found> found = new ArrayList<>();
        if (!resolved.isMatchable()) {
            return found;
        }
        for (Candidate structure : structures) {
            MatchRule.Result result = MatchRule.match(resolved, structure);
            if (result != null) {
                found.add(new Found(structure, result));
            }
        }
        return found;
    }

    /** The first {@code limit} structures that match, best first. */
    public static Ranking rank(Collection<Candidate> structures, MatchCriteria resolved,
            Responsiveness responsiveness, int limit) {
        return rank(find(structures, resolved), resolved, responsiveness, limit);
    }

    /** The first {@code limit} of those already found ({@link #find}), best first. */
    public static Ranking rank(List<Found> found, MatchCriteria resolved, Responsiveness responsiveness, int limit) {
        int[] query = Stems.ofQuery(resolved.text());
        if (found.isEmpty() || limit <= 0) {
            return new Ranking(List.of(), query);
        }
        Map<UUID, Double> rates = responsiveness.rates(found.stream().map(f -> f.structure().id()).toList());
        MatchCriteria.AroundPoint point = resolved.point();
        List<Ranked> ranked = new ArrayList<>(found.size());
        for (Found match : found) {
            ranked.add(new Ranked(match.structure(), match.result(), MatchScore.of(query, match.structure(), point,
                    match.result().distanceKm(), rates.getOrDefault(match.structure().id(), Responsiveness.NEUTRAL))));
        }
        ranked.sort(ORDER);
        return new Ranking(ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : ranked, query);
    }
}
