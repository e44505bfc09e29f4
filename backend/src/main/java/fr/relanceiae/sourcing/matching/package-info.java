/**
 * Sourcing's matching: which structures of the directory can answer a buyer's need, how well, and why
 * (in French). {@link fr.relanceiae.sourcing.matching.MatchCriteria} is the need as matching reads it,
 * {@link fr.relanceiae.sourcing.matching.MatchRule} the exact rule (pure),
 * {@link fr.relanceiae.sourcing.matching.MatchScore} and {@link fr.relanceiae.sourcing.matching.MatchReasons}
 * the ranking and its explanation (pure), {@link fr.relanceiae.sourcing.matching.Matcher} the service over
 * an in-memory copy of the directory ({@link fr.relanceiae.sourcing.matching.MatchingSnapshot}), and
 * {@link fr.relanceiae.sourcing.matching.Recommendation} what the "potential" counter advises the buyer.
 */
package fr.relanceiae.sourcing.matching;
