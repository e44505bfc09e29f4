package fr.relanceiae.barometer.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ActivityIndicatorCell;
import fr.relanceiae.barometer.dashboard.ActivityIndicatorViews.ActivityIndicators;
import fr.relanceiae.barometer.indicators.ActivityCell;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.reference.ReferenceCatalog;
import fr.relanceiae.reference.StructureKind;
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

    /** Weeks' JSON kept at most, per audience as for the cells. */
    private static final int MAX_PIECES = 2 * ActivityWeekCache.MAX_WEEKS;

    private final DataSource dataSource;
    private final ReferenceCatalog references;
    private final ActivityWeekCache weeks;
    private final ObjectMapper json;
    private final ObjectWriter cellWriter;
    private final Map<PieceKey, Piece> pieces = new ConcurrentHashMap<>();

    public ActivityIndicatorService(DataSource dataSource, ReferenceCatalog references, ActivityWeekCache weeks,
            ObjectMapper json) {
        this.dataSource = dataSource;
        this.references = references;
        this.weeks = weeks;
        this.json = json;
        this.cellWriter = json.writerFor(ActivityIndicatorCell.class);
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
        Rows rows = rows(query, levels, forPartners);
        List<ActivityIndicatorCell> cells = new ArrayList<>();
        for (IsoWeek week : rows.period.weeks()) {
            cells.addAll(rows.of(week));
        }
        return new ActivityIndicators(rows.period.from().toString(), rows.period.to().toString(), forPartners,
                List.copyOf(cells));
    }

    /**
     * {@link #indicators} as JSON. Every row of every week (no filter): each week's JSON is kept per
     * audience while the week's cells (its answers) and the active structures (its response rates)
     * stay the same, and the answer is those pieces end to end: a year is tens of thousands of rows
     * that Jackson would otherwise write again at each request.
     */
    public byte[] indicatorsJson(ActivityIndicatorsQuery query, Set<ActivityIndicatorLevel> levels,
            boolean forPartners) {
        Rows rows = rows(query, levels, forPartners);
        try {
            if (!rows.everyRow()) {
                return json.writeValueAsBytes(indicators(query, levels, forPartners));
            }
            byte[] envelope = json.writeValueAsBytes(new ActivityIndicators(rows.period.from().toString(),
                    rows.period.to().toString(), forPartners, List.of()));
            // {"from":…,"cells":[]} : the pieces go between the brackets
            int close = envelope.length - 2;
            ByteArrayOutputStream out = new ByteArrayOutputStream(envelope.length + 1024);
            out.write(envelope, 0, close);
            boolean first = true;
            for (IsoWeek week : rows.period.weeks()) {
                byte[] piece = piece(week, rows);
                if (piece.length > 0) {
                    if (!first) {
                        out.write(',');
                    }
                    out.write(piece);
                    first = false;
                }
            }
            out.write(envelope, close, 2);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A week's rows as JSON, comma-separated: kept while its cells and the active structures are the same. */
    private byte[] piece(IsoWeek week, Rows rows) throws IOException {
        List<ActivityCell> cube = rows.cube(week);
        PieceKey key = new PieceKey(week, rows.forPartners);
        Piece kept = pieces.get(key);
        byte[] bytes = kept == null ? null : kept.bytes(cube, rows.active);
        if (bytes != null) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean first = true;
        for (ActivityIndicatorCell cell : rows.of(week)) {
            if (!first) {
                out.write(',');
            }
            cellWriter.writeValue(out, cell);
            first = false;
        }
        bytes = out.toByteArray();
        pieces.put(key, new Piece(cube, rows.active, new SoftReference<>(bytes)));
        if (pieces.size() > MAX_PIECES) {
            pieces.keySet().stream().sorted(Comparator.comparing(PieceKey::week)).limit(pieces.size() - MAX_PIECES)
                    .toList().forEach(pieces::remove);
        }
        return bytes;
    }

    private Rows rows(ActivityIndicatorsQuery query, Set<ActivityIndicatorLevel> levels, boolean forPartners) {
        Set<ActivityCell.Level> kept = levels.isEmpty() ? EnumSet.allOf(ActivityCell.Level.class)
                : levels.stream().map(ActivityIndicatorLevel::level)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActivityCell.Level.class)));
        ActivityPeriod period = ActivityPeriod.of(query.from, query.to, Instant.now());
        String department = department(query.department);
        Map<String, Integer> active = activeStructures();
        return new Rows(period, department, query.kind, kept, forPartners, active,
                active.values().stream().mapToInt(Integer::intValue).sum(), weeks.cells(period, forPartners));
    }

    /** What a request shows: its period, filters and levels, the active structures now, the weeks' cells. */
    private record Rows(ActivityPeriod period, String department, StructureKind kind, Set<ActivityCell.Level> levels,
            boolean forPartners, Map<String, Integer> active, int allActive, Map<IsoWeek, List<ActivityCell>> cubes) {

        boolean everyRow() {
            return department == null && kind == null && levels.size() == ActivityCell.Level.values().length;
        }

        List<ActivityCell> cube(IsoWeek week) {
            return cubes.getOrDefault(week, List.of());
        }

        /** The week's rows: its cube's cells filtered, the rows nobody answered for; in the API's order. */
        List<ActivityIndicatorCell> of(IsoWeek week) {
            List<ActivityIndicatorCell> cells = new ArrayList<>();
            Set<String> answered = new HashSet<>();
            for (ActivityCell cell : cube(week)) {
                if (department != null && !department.equals(cell.department()) || kind != null && kind != cell.kind()) {
                    continue;
                }
                if (cell.kind() == null) {
                    answered.add(cell.department());
                }
                if (!levels.contains(cell.level())) {
                    continue;
                }
                Integer activeCount = cell.kind() != null ? null
                        : cell.department() == null ? allActive : active.getOrDefault(cell.department(), 0);
                cells.add(DashboardCells.of(cell, activeCount));
            }
            int fromCube = cells.size();
            if (kind == null) {
                addUnanswered(cells, answered, week, department, levels, active, allActive);
            }
            if (cells.size() > fromCube) {
                cells.sort(ORDER); // the cube's cells are in this order already
            }
            return cells;
        }
    }

    private record PieceKey(IsoWeek week, boolean forPartners) {
    }

    /** A week's JSON, made from these cells (the same instance) with these active structures. */
    private record Piece(List<ActivityCell> cube, Map<String, Integer> active, SoftReference<byte[]> json) {

        /** The JSON if still that of these cells and active structures (and not reclaimed); null otherwise. */
        byte[] bytes(List<ActivityCell> currentCube, Map<String, Integer> currentActive) {
            return cube == currentCube && active.equals(currentActive) ? json.get() : null;
        }
    }

    /**
     * The rows of all kinds nobody answered for, kept for their response rate of 0 %: each department
     * with active structures (the one filtered on), and the week's total (each if its level is asked for).
     */
    private static void addUnanswered(List<ActivityIndicatorCell> cells, Set<String> answered, IsoWeek week,
            String department, Set<ActivityCell.Level> levels, Map<String, Integer> active, int allActive) {
        if (levels.contains(ActivityCell.Level.DEPARTMENT)) {
            for (Map.Entry<String, Integer> entry : active.entrySet()) {
                if ((department == null || department.equals(entry.getKey())) && !answered.contains(entry.getKey())) {
                    cells.add(DashboardCells.unanswered(week, entry.getKey(), entry.getValue()));
                }
            }
        }
        if (department == null && levels.contains(ActivityCell.Level.WEEK) && allActive > 0
                && !answered.contains(null)) {
            cells.add(DashboardCells.unanswered(week, null, allActive));
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
