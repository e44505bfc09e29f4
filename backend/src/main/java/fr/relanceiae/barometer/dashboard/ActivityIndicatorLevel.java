package fr.relanceiae.barometer.dashboard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.relanceiae.barometer.indicators.ActivityCell;

/** What a row of the indicators totals: the {@code level} filter of getActivityIndicators. */
@Schema(name = "ActivityIndicatorLevel", description = "DEPARTMENT_AND_KIND: one department × one kind; DEPARTMENT: "
        + "one department, all kinds; KIND: one kind, all departments; WEEK: the week's total")
public enum ActivityIndicatorLevel {
    DEPARTMENT_AND_KIND(ActivityCell.Level.DEPARTMENT_AND_KIND),
    DEPARTMENT(ActivityCell.Level.DEPARTMENT),
    KIND(ActivityCell.Level.KIND),
    WEEK(ActivityCell.Level.WEEK);

    private final ActivityCell.Level level;

    ActivityIndicatorLevel(ActivityCell.Level level) {
        this.level = level;
    }

    ActivityCell.Level level() {
        return level;
    }
}
