package fr.relanceiae.financing.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fr.relanceiae.barometer.indicators.SmallCellSuppression;
import fr.relanceiae.financing.compute.RiskLevel;
import fr.relanceiae.financing.indicators.FinancingIndicators.Cell;
import fr.relanceiae.reference.WithoutDepartment;

/**
 * Counts the open, submitted diagnostics by department × risk level (structures without a
 * department under {@link WithoutDepartment#CODE}, as in the barometer: a row of their own, so that
 * the totals count them), with the margins, and withholds for partners
 * what {@link SmallCellSuppression} says — computed on the whole table, then filtered, so that
 * every partner sees one pattern.
 */
@ApplicationScoped
public class FinancingIndicatorsService {

    private static final RiskLevel[] LEVELS = RiskLevel.values();

    private final EntityManager entityManager;

    public FinancingIndicatorsService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public FinancingIndicators indicators(String department, boolean forPartners) {
        TreeMap<String, int[]> byDepartment = counts();
        List<String> departments = new ArrayList<>(byDepartment.keySet());
        int[][] counts = byDepartment.values().toArray(int[][]::new);
        SmallCellSuppression.Pattern withheld = forPartners ? SmallCellSuppression.forPartners(counts) : null;
        List<Cell> cells = new ArrayList<>();
        int[] levelTotals = new int[LEVELS.length];
        int total = 0;
        for (int row = 0; row < departments.size(); row++) {
            int rowTotal = 0;
            for (int column = 0; column < LEVELS.length; column++) {
                int count = counts[row][column];
                cells.add(cell(departments.get(row), LEVELS[column], count,
                        withheld != null && withheld.cell(row, column)));
                rowTotal += count;
                levelTotals[column] += count;
            }
            cells.add(cell(departments.get(row), null, rowTotal, withheld != null && withheld.rowMargin(row)));
            total += rowTotal;
        }
        for (int column = 0; column < LEVELS.length; column++) {
            cells.add(cell(null, LEVELS[column], levelTotals[column],
                    withheld != null && withheld.columnMargin(column)));
        }
        cells.add(cell(null, null, total, withheld != null && withheld.total()));
        String only = department == null || department.isBlank() ? null : department.strip().toUpperCase(Locale.ROOT);
        List<Cell> shown = only == null ? cells
                : cells.stream().filter(cell -> cell.department() == null || cell.department().equals(only)).toList();
        return new FinancingIndicators(forPartners, shown);
    }

    private static Cell cell(String department, RiskLevel level, int count, boolean suppressed) {
        return new Cell(department, level, suppressed ? null : count, suppressed);
    }

    /** Per department (in code order), the count per risk level (in {@link RiskLevel} order). */
    private TreeMap<String, int[]> counts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select coalesce(s.department, '"
                + WithoutDepartment.CODE + "'), d.risk_level, count(*) "
                + "from financing_diagnostic d join structure s on s.id = d.structure_id "
                + "where d.status in ('SUBMITTED', 'IN_REVIEW', 'ORIENTED') and d.risk_level is not null "
                + "group by 1, 2").getResultList();
        TreeMap<String, int[]> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((String) row[0], key -> new int[LEVELS.length])[RiskLevel.valueOf((String) row[1])
                    .ordinal()] = ((Number) row[2]).intValue();
        }
        return counts;
    }
}
