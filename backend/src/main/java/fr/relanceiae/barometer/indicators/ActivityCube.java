package fr.relanceiae.barometer.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import fr.relanceiae.reference.StructureKind;

/**
 * The activity barometer of a period: for each ISO week, a cell per department × kind that
 * answered, with the margins — per department, per kind, and the week's total. Computed in memory
 * from the answers in one pass (a margin adds up its cells' sums, it does not read the answers
 * again): 200,000 answers took 20–60 ms once warm in an informal run on the shared 2-core
 * machine, against the 150 ms issue 12 allows (figures are the benchmark's to give).
 *
 * <p>{@link #of} gives every figure, as facilitators see them; {@link #forPartners()} withholds
 * small cells week by week with {@link SmallCellSuppression}. The weeks are independent tables (no
 * figure adds weeks up), so a period is as safe as each of its weeks. Each week is suppressed
 * as a whole — every department and kind — so an endpoint that filters by department or kind
 * filters the cells of this cube, and never builds a cube of the filtered answers for partners.
 *
 * <p>A department × kind nobody answered for is no cell: {@link #cell} is empty for it.
 */
public final class ActivityCube {

    private static final StructureKind[] KINDS = StructureKind.values();

    private final List<WeekTable> weeks;
    private final List<IsoWeek> weekList;
    private final boolean forPartners;

    private ActivityCube(List<WeekTable> weeks, boolean forPartners) {
        this.weeks = weeks;
        this.weekList = weeks.stream().map(WeekTable::week).toList();
        this.forPartners = forPartners;
    }

    /**
     * The barometer of these answers, every figure shown.
     *
     * @param answers one per structure and week (see {@link SurveyFigures})
     */
    public static ActivityCube of(Iterable<SurveyFigures> answers) {
        Map<IsoWeek, Map<String, CellAccumulator[]>> byWeek = new HashMap<>();
        for (SurveyFigures answer : answers) {
            accumulator(byWeek, answer.week(), answer.department(), answer.kind()).add(answer);
        }
        return of(byWeek);
    }

    /**
     * The same barometer from the answers summed per cell (a grouped query), every figure shown:
     * equal to {@link #of} on the answers summed. Sums of one cell given twice are added up; a cell
     * of no answer is no cell.
     */
    public static ActivityCube ofSums(Iterable<CellSums> cells) {
        Map<IsoWeek, Map<String, CellAccumulator[]>> byWeek = new HashMap<>();
        for (CellSums sums : cells) {
            if (sums.respondents() > 0) {
                accumulator(byWeek, sums.week(), sums.department(), sums.kind()).addSums(sums);
            }
        }
        return of(byWeek);
    }

    private static CellAccumulator accumulator(Map<IsoWeek, Map<String, CellAccumulator[]>> byWeek, IsoWeek week,
            String department, StructureKind kind) {
        CellAccumulator[] byKind = byWeek.computeIfAbsent(week, w -> new HashMap<>())
                .computeIfAbsent(department, d -> new CellAccumulator[KINDS.length]);
        if (byKind[kind.ordinal()] == null) {
            byKind[kind.ordinal()] = new CellAccumulator();
        }
        return byKind[kind.ordinal()];
    }

    private static ActivityCube of(Map<IsoWeek, Map<String, CellAccumulator[]>> byWeek) {
        List<WeekTable> weeks = new ArrayList<>(byWeek.size());
        new TreeMap<>(byWeek).forEach((week, byDepartment) -> weeks.add(WeekTable.of(week, new TreeMap<>(byDepartment))));
        return new ActivityCube(List.copyOf(weeks), false);
    }

    /**
     * What partners see: the same cells, those of fewer than {@link SmallCellSuppression#PARTNER_THRESHOLD}
     * structures and those that would let one be recomputed suppressed (figures {@code null}).
     */
    public ActivityCube forPartners() {
        if (forPartners) {
            return this;
        }
        return new ActivityCube(weeks.stream().map(WeekTable::forPartners).toList(), true);
    }

    /** The weeks with at least one answer, in order. */
    public List<IsoWeek> weeks() {
        return weekList;
    }

    /**
     * Every cell and margin, by week, then department (all departments last), then kind (all kinds
     * last, in the order of {@link StructureKind}).
     */
    public List<ActivityCell> cells() {
        List<ActivityCell> cells = new ArrayList<>();
        for (WeekTable week : weeks) {
            week.addCellsTo(cells);
        }
        return Collections.unmodifiableList(cells);
    }

    /**
     * One cell: {@code department} and {@code kind} {@code null} for "all". Empty when nobody
     * answered for it.
     */
    public Optional<ActivityCell> cell(IsoWeek week, String department, StructureKind kind) {
        int index = Collections.binarySearch(weekList, week);
        return index < 0 ? Optional.empty() : weeks.get(index).cell(department, kind);
    }

    /**
     * One week's table: rows are the departments that answered (in code order), columns the kinds
     * that answered (in enum order); {@code cells[d][k]} is {@code null} when nobody answered.
     */
    private record WeekTable(IsoWeek week, List<String> departments, List<StructureKind> kinds,
            ActivityCell[][] cells, ActivityCell[] departmentMargins, ActivityCell[] kindMargins,
            ActivityCell total) {

        static WeekTable of(IsoWeek week, Map<String, CellAccumulator[]> byDepartment) {
            List<String> departments = List.copyOf(byDepartment.keySet());
            List<StructureKind> kinds = new ArrayList<>();
            for (StructureKind kind : KINDS) {
                if (byDepartment.values().stream().anyMatch(byKind -> byKind[kind.ordinal()] != null)) {
                    kinds.add(kind);
                }
            }
            ActivityCell[][] cells = new ActivityCell[departments.size()][kinds.size()];
            ActivityCell[] departmentMargins = new ActivityCell[departments.size()];
            CellAccumulator[] kindSums = new CellAccumulator[kinds.size()];
            CellAccumulator weekSum = new CellAccumulator();
            for (int k = 0; k < kinds.size(); k++) {
                kindSums[k] = new CellAccumulator();
            }
            for (int d = 0; d < departments.size(); d++) {
                String department = departments.get(d);
                CellAccumulator[] byKind = byDepartment.get(department);
                CellAccumulator departmentSum = new CellAccumulator();
                for (int k = 0; k < kinds.size(); k++) {
                    CellAccumulator sum = byKind[kinds.get(k).ordinal()];
                    if (sum != null) {
                        cells[d][k] = shown(week, department, kinds.get(k), sum);
                        departmentSum.addAll(sum);
                        kindSums[k].addAll(sum);
                    }
                }
                departmentMargins[d] = shown(week, department, null, departmentSum);
                weekSum.addAll(departmentSum);
            }
            ActivityCell[] kindMargins = new ActivityCell[kinds.size()];
            for (int k = 0; k < kinds.size(); k++) {
                kindMargins[k] = shown(week, null, kinds.get(k), kindSums[k]);
            }
            return new WeekTable(week, departments, List.copyOf(kinds), cells, departmentMargins, kindMargins,
                    shown(week, null, null, weekSum));
        }

        private static ActivityCell shown(IsoWeek week, String department, StructureKind kind, CellAccumulator sum) {
            return new ActivityCell(week, department, kind, false, sum.figures());
        }

        WeekTable forPartners() {
            int[][] counts = new int[departments.size()][kinds.size()];
            for (int d = 0; d < counts.length; d++) {
                for (int k = 0; k < counts[d].length; k++) {
                    counts[d][k] = cells[d][k] == null ? 0 : cells[d][k].figures().respondents();
                }
            }
            SmallCellSuppression.Pattern pattern = SmallCellSuppression.forPartners(counts);
            ActivityCell[][] shownCells = new ActivityCell[counts.length][];
            ActivityCell[] shownDepartments = new ActivityCell[departmentMargins.length];
            ActivityCell[] shownKinds = new ActivityCell[kindMargins.length];
            for (int d = 0; d < counts.length; d++) {
                shownCells[d] = new ActivityCell[kinds.size()];
                for (int k = 0; k < kinds.size(); k++) {
                    shownCells[d][k] = cells[d][k] == null ? null : apply(cells[d][k], pattern.cell(d, k));
                }
                shownDepartments[d] = apply(departmentMargins[d], pattern.rowMargin(d));
            }
            for (int k = 0; k < kinds.size(); k++) {
                shownKinds[k] = apply(kindMargins[k], pattern.columnMargin(k));
            }
            return new WeekTable(week, departments, kinds, shownCells, shownDepartments, shownKinds,
                    apply(total, pattern.total()));
        }

        private static ActivityCell apply(ActivityCell cell, boolean withheld) {
            return withheld ? cell.withheld() : cell;
        }

        void addCellsTo(List<ActivityCell> out) {
            for (int d = 0; d < departments.size(); d++) {
                for (ActivityCell cell : cells[d]) {
                    if (cell != null) {
                        out.add(cell);
                    }
                }
                out.add(departmentMargins[d]);
            }
            Collections.addAll(out, kindMargins);
            out.add(total);
        }

        Optional<ActivityCell> cell(String department, StructureKind kind) {
            int d = department == null ? -1 : Collections.binarySearch(departments, department);
            int k = kind == null ? -1 : kinds.indexOf(kind);
            if (department != null && d < 0 || kind != null && k < 0) {
                return Optional.empty();
            }
            if (department == null) {
                return Optional.of(kind == null ? total : kindMargins[k]);
            }
            return Optional.ofNullable(kind == null ? departmentMargins[d] : cells[d][k]);
        }
    }
}
