package fr.relanceiae.barometer.dashboard;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import fr.relanceiae.barometer.indicators.ActivityCube;
import fr.relanceiae.barometer.indicators.CellSums;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.indicators.Obstacle;
import fr.relanceiae.reference.ReferenceCatalog;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.shared.error.ProblemException;

/**
 * The weekly indicators of a period: the answers in force read from {@code activity_survey}, the
 * {@link ActivityCube} of them (for partners, {@linkplain ActivityCube#forPartners() suppressed} on
 * every department and kind of each week, and only then filtered), the response rate of each
 * department's row against its active structures.
 */
@ApplicationScoped
public class ActivityIndicatorService {

    /**
     * The answers summed per week × department × kind by the database: a few tens of thousands of
     * rows for a year instead of one per answer. The activity levels come as a list per cell (the
     * quartiles need them all; whole percents, so a histogram of 101 counts holds them exactly).
     */
    private static final String CELL_SUMS = "SELECT week, department, kind,"
            + " array_to_string(array_agg(activity_level_pct), ','), sum(revenue_loss_pct), sum(insertion_employees),"
            + " sum(insertion_working), sum(insertion_short_time), sum(people_followed), sum(followed_in_person),"
            + " sum(followed_by_phone), sum(followed_by_video)"
            + Arrays.stream(Need.values()).map(need -> ", count(*) FILTER (WHERE '" + need + "' = ANY (needs))")
                    .collect(Collectors.joining())
            + Arrays.stream(Obstacle.values()).map(obstacle -> ", count(*) FILTER (WHERE '" + obstacle
                    + "' = ANY (obstacles))").collect(Collectors.joining())
            + " FROM activity_survey WHERE week_start BETWEEN ? AND ? GROUP BY week, department, kind";
    private static final String ACTIVE_STRUCTURES = "SELECT coalesce(department, '"
            + DashboardCells.WITHOUT_DEPARTMENT + "'), count(*) FROM structure WHERE active GROUP BY 1";
    private static final Comparator<ActivityIndicatorCell> ORDER = Comparator
            // 2026-W48: four-digit years and two-digit weeks sort as text
            .comparing(ActivityIndicatorCell::week)
            .thenComparing(ActivityIndicatorCell::department, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ActivityIndicatorCell::kind, Comparator.nullsLast(Comparator.naturalOrder()));

    private final DataSource dataSource;
    private final ReferenceCatalog references;

    public ActivityIndicatorService(DataSource dataSource, ReferenceCatalog references) {
        this.dataSource = dataSource;
        this.references = references;
    }

    /** The indicators the query asks for; {@code forPartners}: suppressed. 400 on a bad period or department. */
    public ActivityIndicators indicators(ActivityIndicatorsQuery query, boolean forPartners) {
        ActivityPeriod period = ActivityPeriod.of(query.from, query.to, Instant.now());
        String department = department(query.department);
        ActivityCube cube = ActivityCube.ofSums(cellSums(period));
        if (forPartners) {
            cube = cube.forPartners();
        }
        Map<String, Integer> active = activeStructures();
        int allActive = active.values().stream().mapToInt(Integer::intValue).sum();
        List<ActivityIndicatorCell> cells = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (ActivityCell cell : cube.cells()) {
            if (department != null && !department.equals(cell.department())
                    || query.kind != null && query.kind != cell.kind()) {
                continue;
            }
            Integer activeCount = cell.kind() != null ? null
                    : cell.department() == null ? allActive : active.getOrDefault(cell.department(), 0);
            cells.add(DashboardCells.of(cell, activeCount));
            if (cell.kind() == null) {
                answered.add(cell.week() + "/" + cell.department());
            }
        }
        int fromCube = cells.size();
        if (query.kind == null) {
            addUnanswered(cells, answered, period, department, active, allActive);
        }
        if (cells.size() > fromCube) {
            cells.sort(ORDER); // the cube's cells are in this order already
        }
        return new ActivityIndicators(period.from().toString(), period.to().toString(), forPartners, List.copyOf(cells));
    }

    /**
     * The rows of all kinds nobody answered for, kept for their response rate of 0 %: each department
     * with active structures (the one filtered on), and the week's total, for each week of the period.
     */
    private static void addUnanswered(List<ActivityIndicatorCell> cells, Set<String> answered, ActivityPeriod period,
            String department, Map<String, Integer> active, int allActive) {
        for (IsoWeek week : period.weeks()) {
            for (Map.Entry<String, Integer> entry : active.entrySet()) {
                if ((department == null || department.equals(entry.getKey()))
                        && !answered.contains(week + "/" + entry.getKey())) {
                    cells.add(DashboardCells.unanswered(week, entry.getKey(), entry.getValue()));
                }
            }
            if (department == null && allActive > 0 && !answered.contains(week + "/" + null)) {
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

    /** The answers in force of the period summed per cell, a structure without department under {@link DashboardCells#WITHOUT_DEPARTMENT}. */
    List<CellSums> cellSums(ActivityPeriod period) {
        List<CellSums> cells = new ArrayList<>();
        Map<String, IsoWeek> weeks = new HashMap<>();
        int needs = Need.values().length;
        int obstacles = Obstacle.values().length;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(CELL_SUMS)) {
            statement.setDate(1, Date.valueOf(period.firstMonday()));
            statement.setDate(2, Date.valueOf(period.lastMonday()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String department = rows.getString(2);
                    int[] needCounts = new int[needs];
                    for (int i = 0; i < needs; i++) {
                        needCounts[i] = rows.getInt(13 + i);
                    }
                    int[] obstacleCounts = new int[obstacles];
                    for (int i = 0; i < obstacles; i++) {
                        obstacleCounts[i] = rows.getInt(13 + needs + i);
                    }
                    cells.add(new CellSums(weeks.computeIfAbsent(rows.getString(1), IsoWeek::parse),
                            department == null ? DashboardCells.WITHOUT_DEPARTMENT : department,
                            StructureKind.valueOf(rows.getString(3)), histogram(rows.getString(4)), rows.getLong(5),
                            rows.getLong(6), rows.getLong(7), rows.getLong(8), rows.getLong(9), rows.getLong(10),
                            rows.getLong(11), rows.getLong(12), needCounts, obstacleCounts));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the activity surveys failed", e);
        }
        return cells;
    }

    /** "40,10,40" → 2 at 40, 1 at 10: the activity levels of a cell, whole percents 0–100. */
    static long[] histogram(String levels) {
        long[] counts = new long[101];
        int value = 0;
        for (int i = 0; i < levels.length(); i++) {
            char c = levels.charAt(i);
            if (c == ',') {
                counts[value]++;
                value = 0;
            } else {
                value = value * 10 + (c - '0');
            }
        }
        counts[value]++;
        return counts;
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
