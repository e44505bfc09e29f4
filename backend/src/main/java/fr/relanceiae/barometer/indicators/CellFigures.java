package fr.relanceiae.barometer.indicators;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one cell of the barometer (or of a margin): the answers of the structures in
 * it, for one week.
 *
 * <p>The counts and totals are additive — a margin's is the sum of its cells' — which is what
 * {@link SmallCellSuppression} protects; the quartiles and the mean are not, and are withheld
 * with the rest of a suppressed cell.
 *
 * @param respondents        structures that answered
 * @param activityLevelPct   quartiles of their activity level (type 7, see {@link Quartiles})
 * @param meanRevenueLossPct mean of their estimated revenue loss, unrounded
 * @param insertion          totals of employees in insertion
 * @param support            totals of support continuity
 * @param needs              for each need, how many structures declared it (every need listed, 0 included)
 */
public record CellFigures(int respondents, Quartiles activityLevelPct, double meanRevenueLossPct,
        InsertionTotals insertion, SupportTotals support, Map<Need, Integer> needs) {

    public CellFigures {
        Objects.requireNonNull(activityLevelPct, "activityLevelPct");
        Objects.requireNonNull(insertion, "insertion");
        Objects.requireNonNull(support, "support");
        needs = inCodeOrder(needs);
    }

    /** The share of the structures that declared this need, 0–1. */
    public double needShare(Need need) {
        return (double) needs.get(need) / respondents;
    }

    /** A read-only copy that lists the codes in their declared order (stable JSON, stable columns). */
    private static <E extends Enum<E>> Map<E, Integer> inCodeOrder(Map<E, Integer> counts) {
        return Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** Employees in insertion, summed over the structures of the cell. */
    public record InsertionTotals(long employees, long working, long shortTime) {
    }

    /**
     * Support continuity, summed over the structures of the cell: people followed, by mode, and
     * for each obstacle how many structures met it (every obstacle listed, 0 included).
     */
    public record SupportTotals(long followed, long inPerson, long byPhone, long byVideo,
            Map<Obstacle, Integer> obstacles) {
        public SupportTotals {
            obstacles = inCodeOrder(obstacles);
        }
    }
}
