package fr.relanceiae.barometer.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ActivityIndicatorCell;
import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ActivityLevelQuartiles;
import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.NeedShare;
import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ObstacleCount;
import fr.relanceiae.barometer.indicators.ActivityCell;
import fr.relanceiae.barometer.indicators.CellFigures;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.reference.WithoutDepartment;

/** From the cube's cells to the API's: percentages to one decimal, the response rate of the rows of all kinds. */
final class DashboardCells {

    /**
     * The department of the structures whose profile has none: a row of its own, so that their answers
     * count in the totals and the margins still add up (suppression relies on it).
     */
    static final String WITHOUT_DEPARTMENT = WithoutDepartment.CODE;

    private DashboardCells() {
    }

    /**
     * @param activeStructures the active structures the row's response rate counts against; null for a
     *                         row of one kind (no rate)
     */
    static ActivityIndicatorCell of(ActivityCell cell, Integer activeStructures) {
        CellFigures figures = cell.figures();
        if (figures == null) {
            return new ActivityIndicatorCell(cell.week().toString(), cell.department(), cell.kind(), null, true,
                    null, null, null, null, null, null, null, null, null, null, null, activeStructures, null);
        }
        var quartiles = figures.activityLevelPct();
        var insertion = figures.insertion();
        var support = figures.support();
        List<NeedShare> needs = Arrays.stream(Need.values())
                .map(need -> new NeedShare(need, percent(figures.needs().get(need), figures.respondents()))).toList();
        List<ObstacleCount> obstacles = support.obstacles().entrySet().stream()
                .map(entry -> new ObstacleCount(entry.getKey(), entry.getValue())).toList();
        return new ActivityIndicatorCell(cell.week().toString(), cell.department(), cell.kind(), figures.respondents(),
                false, new ActivityLevelQuartiles(quartiles.q1(), quartiles.median(), quartiles.q3()),
                mean(figures.meanRevenueLossPct(), figures.respondents()), insertion.employees(), insertion.working(),
                insertion.shortTime(), needs, support.followed(), support.inPerson(), support.byPhone(),
                support.byVideo(), obstacles, activeStructures, responseRate(figures.respondents(), activeStructures));
    }

    /** A department (or the week) nobody answered for: no figures, a response rate of 0 %. */
    static ActivityIndicatorCell unanswered(IsoWeek week, String department, int activeStructures) {
        return new ActivityIndicatorCell(week.toString(), department, (StructureKind) null, 0, false, null, null,
                null, null, null, null, null, null, null, null, null, activeStructures,
                responseRate(0, activeStructures));
    }

    private static Double responseRate(int answered, Integer activeStructures) {
        return activeStructures == null || activeStructures == 0 ? null : percent(answered, activeStructures);
    }

    /** 100 × part / whole, half-up to one decimal, computed in decimal (1/16 → 6.3, never 6.2). */
    static double percent(long part, long whole) {
        return BigDecimal.valueOf(100 * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** A mean of whole percents, rounded as {@link #percent}: the sum is mean × n exactly, back from the double. */
    private static double mean(double mean, int respondents) {
        long sum = Math.round(mean * respondents);
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(respondents), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
