package fr.relanceiae.barometer.indicators;

import java.util.Objects;

import fr.relanceiae.reference.StructureKind;

/**
 * The answers of one cell (week × department × kind) already summed, as a database can give them
 * in one grouped query instead of one row per answer: {@link ActivityCube#ofSums} makes the same
 * cube from these as {@link ActivityCube#of} from the answers themselves.
 *
 * @param activityLevels how many answers gave each activity level: index 0–100, the percent
 * @param revenueLoss    the sum of the revenue losses (whole percents)
 * @param needs          per {@link Need} (by ordinal), how many answers declared it
 * @param obstacles      per {@link Obstacle} (by ordinal), how many answers reported it
 */
public record CellSums(IsoWeek week, String department, StructureKind kind, long[] activityLevels, long revenueLoss,
        long employees, long working, long shortTime, long followed, long inPerson, long byPhone, long byVideo,
        int[] needs, int[] obstacles) {

    public CellSums {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(kind, "kind");
        if (activityLevels.length != 101 || needs.length != Need.values().length
                || obstacles.length != Obstacle.values().length) {
            throw new IllegalArgumentException("101 activity levels, one count per need and per obstacle");
        }
    }

    /** How many answers the cell holds. */
    public long respondents() {
        long respondents = 0;
        for (long count : activityLevels) {
            respondents += count;
        }
        return respondents;
    }
}
