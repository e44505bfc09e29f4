package fr.relanceiae.sourcing.matching;

/**
 * What the live "potential" counter shows while a buyer types a need.
 *
 * @param matching       how many structures match
 * @param reachable      how many of them a solicitation can reach ({@link Match#reachable})
 * @param averageRevenue the mean annual revenue (euros) of those that declare one; null when none does
 */
public record MatchCount(int matching, int reachable, Long averageRevenue) {

    public static final MatchCount NONE = new MatchCount(0, 0, null);
}
