package fr.relanceiae.barometer.dashboard;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.barometer.indicators.ActivityCell;
import fr.relanceiae.barometer.indicators.ActivityCube;
import fr.relanceiae.barometer.indicators.CellSums;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.indicators.Obstacle;
import fr.relanceiae.reference.StructureKind;

/**
 * The cells of each week's cube, kept in memory while the week's answers do not change. Weeks are
 * independent tables (the cube and its suppression are computed week by week), so a period is the
 * weeks' cells end to end. At each request the week's count of {@code activity_survey_week} (kept by
 * a trigger on every write, whoever writes) says whether the kept cells are still those of the
 * database; only the weeks that changed are summed again, in SQL. Every replica checks the database,
 * so none serves figures older than the request.
 *
 * <p>The counts and the sums are read in one repeatable-read transaction: the cells kept under a
 * count are exactly those of the answers that count saw.
 */
@ApplicationScoped
public class ActivityWeekCache {

    /** Weeks kept at most: two periods of the longest length; the oldest go first. */
    static final int MAX_WEEKS = 2 * ActivityPeriod.MAX_WEEKS;

    private static final String CHANGES = "SELECT week_start, changes FROM activity_survey_week"
            + " WHERE week_start BETWEEN ? AND ?";
    /**
     * The answers summed per week × department × kind by the database: a few hundred rows per week
     * instead of one per answer. The activity levels come as a list per cell (the quartiles need them
     * all; whole percents, so a histogram of 101 counts holds them exactly).
     */
    private static final String CELL_SUMS = "SELECT week_start, department, kind,"
            + " array_to_string(array_agg(activity_level_pct), ','), sum(revenue_loss_pct), sum(insertion_employees),"
            + " sum(insertion_working), sum(insertion_short_time), sum(people_followed), sum(followed_in_person),"
            + " sum(followed_by_phone), sum(followed_by_video)"
            + Arrays.stream(Need.values()).map(need -> ", count(*) FILTER (WHERE '" + need + "' = ANY (needs))")
                    .collect(Collectors.joining())
            + Arrays.stream(Obstacle.values()).map(obstacle -> ", count(*) FILTER (WHERE '" + obstacle
                    + "' = ANY (obstacles))").collect(Collectors.joining())
            + " FROM activity_survey WHERE week_start = ANY (?) GROUP BY week_start, department, kind";

    /** One week's cube under the count it was summed at; the partners' view made on first use. */
    private static final class Week {
        final long changes;
        final List<ActivityCell> cells;
        private final ActivityCube cube;
        private volatile List<ActivityCell> partnerCells;

        Week(long changes, ActivityCube cube) {
            this.changes = changes;
            this.cube = cube;
            this.cells = cube.cells();
        }

        List<ActivityCell> cells(boolean forPartners) {
            if (!forPartners) {
                return cells;
            }
            List<ActivityCell> suppressed = partnerCells;
            if (suppressed == null) {
                suppressed = cube.forPartners().cells();
                partnerCells = suppressed;
            }
            return suppressed;
        }
    }

    private final DataSource dataSource;
    private final Map<LocalDate, Week> weeks = new ConcurrentHashMap<>();

    public ActivityWeekCache(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Every cell and margin of the period's weeks that have answers, by week (each in the cube's
     * order); suppressed for partners. A week's list is the same instance while its answers do not
     * change (what {@link ActivityIndicatorService} keeps its JSON under).
     */
    Map<IsoWeek, List<ActivityCell>> cells(ActivityPeriod period, boolean forPartners) {
        Map<IsoWeek, List<ActivityCell>> cells = new HashMap<>();
        current(period).forEach((monday, week) -> cells.put(IsoWeek.containing(monday), week.cells(forPartners)));
        return cells;
    }

    /** The weeks of the period that have answers, in order, summed again where they changed. */
    private Map<LocalDate, Week> current(ActivityPeriod period) {
        Map<LocalDate, Week> current = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Map<LocalDate, Long> changes = changes(connection, period);
                List<LocalDate> stale = new ArrayList<>();
                changes.forEach((monday, count) -> {
                    Week kept = weeks.get(monday);
                    if (kept != null && kept.changes == count) {
                        current.put(monday, kept);
                    } else {
                        stale.add(monday);
                    }
                });
                if (!stale.isEmpty()) {
                    Map<LocalDate, List<CellSums>> sums = sums(connection, stale);
                    for (LocalDate monday : stale) {
                        Week week = new Week(changes.get(monday), ActivityCube.ofSums(sums.getOrDefault(monday, List.of())));
                        weeks.put(monday, week);
                        current.put(monday, week);
                    }
                    evict();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the activity surveys failed", e);
        }
        return current;
    }

    private static Map<LocalDate, Long> changes(Connection connection, ActivityPeriod period) throws SQLException {
        Map<LocalDate, Long> changes = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CHANGES)) {
            statement.setDate(1, Date.valueOf(period.firstMonday()));
            statement.setDate(2, Date.valueOf(period.lastMonday()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    changes.put(rows.getDate(1).toLocalDate(), rows.getLong(2));
                }
            }
        }
        return changes;
    }

    /** The answers of these weeks summed per cell, a structure without department under {@link DashboardCells#WITHOUT_DEPARTMENT}. */
    private static Map<LocalDate, List<CellSums>> sums(Connection connection, List<LocalDate> mondays)
            throws SQLException {
        Map<LocalDate, List<CellSums>> byWeek = new HashMap<>();
        Map<LocalDate, IsoWeek> isoWeeks = new HashMap<>();
        int needs = Need.values().length;
        int obstacles = Obstacle.values().length;
        try (Statement settings = connection.createStatement()) {
            // a year's grouping sorts on disk with the default 4 MB; this transaction only
            settings.execute("SET LOCAL work_mem = '32MB'");
        }
        try (PreparedStatement statement = connection.prepareStatement(CELL_SUMS)) {
            statement.setArray(1, connection.createArrayOf("date", mondays.stream().map(Date::valueOf).toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    LocalDate monday = rows.getDate(1).toLocalDate();
                    String department = rows.getString(2);
                    int[] needCounts = new int[needs];
                    for (int i = 0; i < needs; i++) {
                        needCounts[i] = rows.getInt(13 + i);
                    }
                    int[] obstacleCounts = new int[obstacles];
                    for (int i = 0; i < obstacles; i++) {
                        obstacleCounts[i] = rows.getInt(13 + needs + i);
                    }
                    byWeek.computeIfAbsent(monday, m -> new ArrayList<>()).add(new CellSums(
                            isoWeeks.computeIfAbsent(monday, IsoWeek::containing),
                            department == null ? DashboardCells.WITHOUT_DEPARTMENT : department,
                            StructureKind.valueOf(rows.getString(3)), histogram(rows.getString(4)), rows.getLong(5),
                            rows.getLong(6), rows.getLong(7), rows.getLong(8), rows.getLong(9), rows.getLong(10),
                            rows.getLong(11), rows.getLong(12), needCounts, obstacleCounts));
                }
            }
        }
        return byWeek;
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

    private void evict() {
        if (weeks.size() > MAX_WEEKS) {
            weeks.keySet().stream().sorted().limit(weeks.size() - MAX_WEEKS).toList().forEach(weeks::remove);
        }
    }
}
