package fr.relanceiae.barometer.dashboard;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ActivityIndicatorCell;
import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ActivityIndicators;
import fr.relanceiae.barometer.indicators.ActivityCell;
import fr.relanceiae.barometer.indicators.ActivityCube;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.barometer.indicators.Need;
import fr.relanceiae.barometer.indicators.Obstacle;
import fr.relanceiae.barometer.indicators.SurveyFigures;
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

    private static final String ANSWERS = "SELECT week, department, kind, activity_level_pct, revenue_loss_pct,"
            + " insertion_employees, insertion_working, insertion_short_time, people_followed, followed_in_person,"
            + " followed_by_phone, followed_by_video, obstacles, needs"
            + " FROM activity_survey WHERE week_start BETWEEN ? AND ?";
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
        ActivityCube cube = ActivityCube.of(answers(period));
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

    /** The answers in force of the period, a structure without department under {@link DashboardCells#WITHOUT_DEPARTMENT}. */
    List<SurveyFigures> answers(ActivityPeriod period) {
        List<SurveyFigures> answers = new ArrayList<>();
        Map<String, IsoWeek> weeks = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(ANSWERS)) {
            statement.setDate(1, Date.valueOf(period.firstMonday()));
            statement.setDate(2, Date.valueOf(period.lastMonday()));
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    IsoWeek week = weeks.computeIfAbsent(rows.getString(1), IsoWeek::parse);
                    String department = rows.getString(2);
                    answers.add(new SurveyFigures(week,
                            department == null ? DashboardCells.WITHOUT_DEPARTMENT : department,
                            StructureKind.valueOf(rows.getString(3)), rows.getInt(4), rows.getInt(5),
                            new SurveyFigures.Insertion(rows.getInt(6), rows.getInt(7), rows.getInt(8)),
                            new SurveyFigures.Support(rows.getInt(9), rows.getInt(10), rows.getInt(11),
                                    rows.getInt(12), SurveyCodes.known(array(rows.getArray(13)), Obstacle.class)),
                            SurveyCodes.known(array(rows.getArray(14)), Need.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the activity surveys failed", e);
        }
        return answers;
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

    private static Object[] array(Array array) throws SQLException {
        return array == null ? null : (Object[]) array.getArray();
    }
}
