package fr.relanceiae.barometer.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ActivityIndicatorCell;
import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ActivityIndicators;
import fr.relanceiae.barometer.indicators.ActivityCell;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.reference.ReferenceCatalog;
import fr.relanceiae.shared.error.ProblemException;

/**
 * The weekly indicators of a period: the cells of each week's cube of the answers in force
 * ({@link ActivityWeekCache}; for partners suppressed on every department and kind of the week, and
 * only then filtered), the response rate of each department's row against its active structures.
 */
@ApplicationScoped
public class ActivityIndicatorService {

    private static final String ACTIVE_STRUCTURES = "SELECT coalesce(department, '"
            + DashboardCells.WITHOUT_DEPARTMENT + "'), count(*) FROM structure WHERE active GROUP BY 1";
    private static final Comparator<ActivityIndicatorCell> ORDER = Comparator
            // 2026-W48: four-digit years and two-digit weeks sort as text
            .comparing(ActivityIndicatorCell::week)
            .thenComparing(ActivityIndicatorCell::department, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ActivityIndicatorCell::kind, Comparator.nullsLast(Comparator.naturalOrder()));

    private final DataSource dataSource;
    private final ReferenceCatalog references;
    private final ActivityWeekCache weeks;

    public ActivityIndicatorService(DataSource dataSource, ReferenceCatalog references, ActivityWeekCache weeks) {
        this.dataSource = dataSource;
        this.references = references;
        this.weeks = weeks;
    }

    /** The indicators the query asks for, every level; {@code forPartners}: suppressed. 400 on a bad period or department. */
    public ActivityIndicators indicators(ActivityIndicatorsQuery query, boolean forPartners) {
        return indicators(query, Set.of(), forPartners);
    }

    /**
     * The indicators the query asks for, of these levels only (none: all); {@code forPartners}:
     * suppressed (on the whole week, before any filter). 400 on a bad period or department.
     */
    public ActivityIndicators indicators(ActivityIndicatorsQuery query, Set<ActivityIndicatorLevel> levels,
            boolean forPartners) {
        Set<ActivityCell.Level> kept = levels.isEmpty() ? EnumSet.allOf(ActivityCell.Level.class)
                : levels.stream().map(ActivityIndicatorLevel::level)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActivityCell.Level.class)));
        ActivityPeriod period = ActivityPeriod.of(query.from, query.to, Instant.now());
        String department = department(query.department);
        Map<String, Integer> active = activeStructures();
        int allActive = active.values().stream().mapToInt(Integer::intValue).sum();
        List<ActivityIndicatorCell> cells = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (ActivityCell cell : weeks.cells(period, forPartners)) {
            if (department != null && !department.equals(cell.department())
                    || query.kind != null && query.kind != cell.kind()) {
                continue;
            }
            if (cell.kind() == null) {
                answered.add(cell.week() + "/" + cell.department());
            }
            if (!kept.contains(cell.level())) {
                continue;
            }
            Integer activeCount = cell.kind() != null ? null
                    : cell.department() == null ? allActive : active.getOrDefault(cell.department(), 0);
            cells.add(DashboardCells.of(cell, activeCount));
        }
        int fromCube = cells.size();
        if (query.kind == null) {
            addUnanswered(cells, answered, period, department, kept, active, allActive);
        }
        if (cells.size() > fromCube) {
            cells.sort(ORDER); // the cube's cells are in this order already
        }
        return new ActivityIndicators(period.from().toString(), period.to().toString(), forPartners, List.copyOf(cells));
    }

    /**
     * The rows of all kinds nobody answered for, kept for their response rate of 0 %: each department
     * with active structures (the one filtered on), and the week's total, for each week of the period
     * (each if its level is asked for).
     */
    private static void addUnanswered(List<ActivityIndicatorCell> cells, Set<String> answered, ActivityPeriod period,
            String department, Set<ActivityCell.Level> levels, Map<String, Integer> active, int allActive) {
        boolean departments = levels.contains(ActivityCell.Level.DEPARTMENT);
        boolean weekTotals = department == null && levels.contains(ActivityCell.Level.WEEK);
        for (IsoWeek week : period.weeks()) {
            for (Map.Entry<String, Integer> entry : active.entrySet()) {
                if (departments && (department == null || department.equals(entry.getKey()))
                        && !answered.contains(week + "/" + entry.getKey())) {
                    cells.add(DashboardCells.unanswered(week, entry.getKey(), entry.getValue()));
                }
            }
            if (weekTotals && allActive > 0 && !answered.contains(week + "/" + null)) {
                cells.add(DashboardCells.unanswered(week, null, allActive));
            }
        }
    }

    /** A department parameter: a known INSEE code or {@link DashboardCells#WITHOUT_DEPARTMENT}; null for all. */
    String department(String code) {
        if (code == null || code.equals(DashboardCells.WITHOUT_DEPARTMENT)) {
            return code;
        }
        if (!references.departmentCodes().contains(code)) {
            throw ProblemException.invalidField("department", "département inconnu : « " + code
                    + " » (code INSEE attendu, ou " + DashboardCells.WITHOUT_DEPARTMENT + " pour les structures sans département)");
        }
        return code;
    }

    /** Active structures now, per department ({@link DashboardCells#WITHOUT_DEPARTMENT} for those without). */
    Map<String, Integer> activeStructures() {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(ACTIVE_STRUCTURES);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting the active structures failed", e);
        }
        return counts;
    }
}
