package fr.relanceiae.barometer.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A partner who tries to recompute the withheld figures of a week from what the API shows: every
 * additive figure of the cells and margins obeys the equations of a table (a department's row adds up
 * its kinds, a kind's column its departments, the week's total both), so a withheld value that the
 * equations pin down is disclosed. Solved by linear algebra on all the equations at once (the idea
 * of the core's test attacker, here on the API's JSON): a withheld value is recomputable exactly when
 * its unit vector lies in the row space of the equations restricted to the withheld values.
 */
final class MarginAttack {

    private final List<String> names = new ArrayList<>();
    private final List<double[]> equations = new ArrayList<>();

    private MarginAttack() {
    }

    /**
     * The withheld values of the week that the shown ones give away, by name ("2A/EI", "2A/*", "*&#47;EI",
     * "*&#47;*"); empty when the week is protected. The same for every additive figure (structures,
     * employees, needs…): the equations are the same, only the values differ.
     */
    static List<String> recomputable(JsonNode indicators, String week) {
        List<JsonNode> cells = IndicatorCells.cells(indicators).stream()
                .filter(cell -> cell.path("week").asText().equals(week)).toList();
        TreeSet<String> departments = new TreeSet<>();
        TreeSet<String> kinds = new TreeSet<>();
        for (JsonNode cell : cells) {
            String department = IndicatorCells.text(cell, "department");
            String kind = IndicatorCells.text(cell, "kind");
            if (department != null) {
                departments.add(department);
            }
            if (kind != null) {
                kinds.add(kind);
            }
        }
        MarginAttack attack = new MarginAttack();
        for (JsonNode cell : cells) {
            if (cell.path("suppressed").asBoolean()) {
                attack.names.add(name(IndicatorCells.text(cell, "department"), IndicatorCells.text(cell, "kind")));
            }
        }
        for (String department : departments) {
            attack.equation(name(department, null), kinds.stream().map(kind -> name(department, kind)).toList());
        }
        for (String kind : kinds) {
            attack.equation(name(null, kind), departments.stream().map(department -> name(department, kind)).toList());
        }
        attack.equation(name(null, null), departments.stream().map(department -> name(department, null)).toList());
        attack.equation(name(null, null), kinds.stream().map(kind -> name(null, kind)).toList());
        return attack.determined();
    }

    private static String name(String department, String kind) {
        return Objects.requireNonNullElse(department, "*") + "/" + Objects.requireNonNullElse(kind, "*");
    }

    /** whole = Σ parts, kept over the withheld values only (the shown ones are constants; an absent cell is 0). */
    private void equation(String whole, List<String> parts) {
        double[] coefficients = new double[names.size()];
        boolean any = false;
        if (names.contains(whole)) {
            coefficients[names.indexOf(whole)] = 1;
            any = true;
        }
        for (String part : parts) {
            if (names.contains(part)) {
                coefficients[names.indexOf(part)] = -1;
                any = true;
            }
        }
        if (any) {
            equations.add(coefficients);
        }
    }

    private List<String> determined() {
        List<String> found = new ArrayList<>();
        int rank = rank(equations);
        for (int i = 0; i < names.size(); i++) {
            List<double[]> with = new ArrayList<>(equations);
            double[] unit = new double[names.size()];
            unit[i] = 1;
            with.add(unit);
            if (rank(with) == rank) {
                found.add(names.get(i));
            }
        }
        return found;
    }

    private static int rank(List<double[]> rows) {
        double[][] matrix = rows.stream().map(double[]::clone).toArray(double[][]::new);
        int rank = 0;
        int columns = matrix.length == 0 ? 0 : matrix[0].length;
        for (int column = 0; column < columns && rank < matrix.length; column++) {
            int pivot = -1;
            for (int r = rank; r < matrix.length; r++) {
                if (Math.abs(matrix[r][column]) > 1e-9 && (pivot < 0 || Math.abs(matrix[r][column]) > Math.abs(matrix[pivot][column]))) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = matrix[rank];
            matrix[rank] = matrix[pivot];
            matrix[pivot] = swap;
            for (int r = 0; r < matrix.length; r++) {
                if (r != rank && Math.abs(matrix[r][column]) > 1e-9) {
                    double factor = matrix[r][column] / matrix[rank][column];
                    for (int c = column; c < columns; c++) {
                        matrix[r][c] -= factor * matrix[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
