package fr.relanceiae.barometer.indicators;

import java.util.Objects;

import fr.relanceiae.reference.StructureKind;

/**
 * One cell of the barometer: a week, a department or all of them ({@code null}), a kind or all
 * of them ({@code null}). With both named it is a cell proper; otherwise a margin.
 *
 * @param suppressed whether the figures are withheld (partners' view: too few structures, or
 *                   needed to keep another withheld cell from being recomputed)
 * @param figures    the figures, {@code null} exactly when suppressed
 */
public record ActivityCell(IsoWeek week, String department, StructureKind kind, boolean suppressed,
        CellFigures figures) {

    public ActivityCell {
        Objects.requireNonNull(week, "week");
        if (suppressed == (figures != null)) {
            throw new IllegalArgumentException("A cell has figures exactly when it is not suppressed");
        }
    }

    /** What the cell totals. */
    public enum Level {
        /** One department and one kind. */
        DEPARTMENT_AND_KIND,
        /** One department, all kinds. */
        DEPARTMENT,
        /** One kind, all departments. */
        KIND,
        /** The whole week. */
        WEEK
    }

    public Level level() {
        if (department != null) {
            return kind != null ? Level.DEPARTMENT_AND_KIND : Level.DEPARTMENT;
        }
        return kind != null ? Level.KIND : Level.WEEK;
    }

    /** The same cell, its figures withheld. */
    ActivityCell withheld() {
        return new ActivityCell(week, department, kind, true, null);
    }
}
