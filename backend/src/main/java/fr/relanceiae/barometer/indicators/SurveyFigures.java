package fr.relanceiae.barometer.indicators;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import fr.relanceiae.reference.StructureKind;

/**
 * One structure's survey answer for one week, as the aggregates need it: where it counts (week,
 * department, kind of the structure) and its figures, without who answered or the free text.
 *
 * <p>The aggregates count structures by counting these, so the caller passes one per structure
 * and week: the answer in force, not the ones it replaced. The checks here are only what the
 * arithmetic needs (percentages within 0–100, no negative count); the consistency rules of a
 * survey (working + short-time ≤ total…) belong to the survey's own validation.
 *
 * @param week             the ISO week answered for
 * @param department       the structure's department (INSEE code, e.g. {@code 93})
 * @param kind             the structure's kind
 * @param activityLevelPct activity level, 0–100 (whole percent)
 * @param revenueLossPct   estimated revenue loss against the same period last year, 0–100
 * @param insertion        employees in insertion
 * @param support          support continuity
 * @param needs            the needs declared (none is an empty set)
 */
public record SurveyFigures(IsoWeek week, String department, StructureKind kind, int activityLevelPct,
        int revenueLossPct, Insertion insertion, Support support, Set<Need> needs) {

    public SurveyFigures {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(insertion, "insertion");
        Objects.requireNonNull(support, "support");
        requirePercent("activityLevelPct", activityLevelPct);
        requirePercent("revenueLossPct", revenueLossPct);
        needs = copy(needs);
    }

    /** Employees in insertion: in all, working this week, on short-time work. */
    public record Insertion(int employees, int working, int shortTime) {
        public Insertion {
            requireCount("insertionEmployees", employees);
            requireCount("insertionWorking", working);
            requireCount("insertionShortTime", shortTime);
        }
    }

    /** People followed this week, by mode (a person may be followed in more than one), and the obstacles met. */
    public record Support(int followed, int inPerson, int byPhone, int byVideo, Set<Obstacle> obstacles) {
        public Support {
            requireCount("peopleFollowed", followed);
            requireCount("followedInPerson", inPerson);
            requireCount("followedByPhone", byPhone);
            requireCount("followedByVideo", byVideo);
            obstacles = copy(obstacles);
        }
    }

    private static void requirePercent(String name, int value) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(name + " must be within 0–100, not " + value);
        }
    }

    private static void requireCount(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " cannot be negative: " + value);
        }
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> codes) {
        return codes == null || codes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(codes));
    }
}
