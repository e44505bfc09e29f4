package fr.relanceiae.barometer.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader of a suppressed table who tries to recompute the withheld counts from what is shown,
 * two ways: line after line as the brief of issue 12 describes (any row, column or margin
 * equation with a single unknown gives it, and a value so found is used to find more), and by
 * linear algebra on all the equations at once (what a reader with a spreadsheet solver can do).
 * Written apart from {@link SmallCellSuppression}: it knows the equations of a table, not graphs.
 *
 * <p>Values are numbered cells row by row, then row margins, column margins, the total. An
 * empty cell (0) is shown, as its absence from the cube tells that it is 0.
 */
final class Disclosure {

    private final int rows;
    private final int columns;
    private final long[] values;
    private final boolean[] withheld;
    /** Each equation: coefficients by value number, summing to 0 over the true values. */
    private final List<int[]> equations = new ArrayList<>();

    private Disclosure(int[][] counts, boolean[] withheld) {
        rows = counts.length;
        columns = rows == 0 ? 0 : counts[0].length;
        values = new long[rows * columns + rows + columns + 1];
        this.withheld = withheld.clone();
        for (int r = 0; r < rows; r++) {
            int[] row = new int[values.length];
            row[rowMargin(r)] = 1;
            for (int c = 0; c < columns; c++) {
                values[cell(r, c)] = counts[r][c];
                values[rowMargin(r)] += counts[r][c];
                values[columnMargin(c)] += counts[r][c];
                values[total()] += counts[r][c];
                row[cell(r, c)] = -1;
            }
            equations.add(row);
        }
        for (int c = 0; c < columns; c++) {
            int[] column = new int[values.length];
            column[columnMargin(c)] = 1;
            for (int r = 0; r < rows; r++) {
                column[cell(r, c)] = -1;
            }
            equations.add(column);
        }
        int[] byRows = new int[values.length];
        int[] byColumns = new int[values.length];
        byRows[total()] = 1;
        byColumns[total()] = 1;
        for (int r = 0; r < rows; r++) {
            byRows[rowMargin(r)] = -1;
        }
        for (int c = 0; c < columns; c++) {
            byColumns[columnMargin(c)] = -1;
        }
        equations.add(byRows);
        equations.add(byColumns);
    }

    /** The table as a partner sees it under this pattern. */
    static Disclosure of(int[][] counts, SmallCellSuppression.Pattern pattern) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        boolean[] withheld = new boolean[rows * columns + rows + columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                withheld[r * columns + c] = pattern.cell(r, c);
            }
            withheld[rows * columns + r] = pattern.rowMargin(r);
        }
        for (int c = 0; c < columns; c++) {
            withheld[rows * columns + rows + c] = pattern.columnMargin(c);
        }
        withheld[withheld.length - 1] = pattern.total();
        return new Disclosure(counts, withheld);
    }

    /** The table with the values withheld that a test names (cells and margins numbered as above). */
    static Disclosure of(int[][] counts, boolean[] withheld) {
        return new Disclosure(counts, withheld);
    }

    int cell(int row, int column) {
        return row * columns + column;
    }

    int rowMargin(int row) {
        return rows * columns + row;
    }

    int columnMargin(int column) {
        return rows * columns + rows + column;
    }

    int total() {
        return values.length - 1;
    }

    long value(int number) {
        return values[number];
    }

    boolean withheld(int number) {
        return withheld[number];
    }

    /** "cell [r][c]", "row margin r"…: for failure messages. */
    String name(int number) {
        if (number < rows * columns) {
            return "cell [" + number / columns + "][" + number % columns + "]";
        }
        if (number < rows * columns + rows) {
            return "row margin " + (number - rows * columns);
        }
        return number < total() ? "column margin " + (number - rows * columns - rows) : "total";
    }

    /**
     * Fails unless the table is protected: every value of 1 to {@code threshold − 1} withheld,
     * no empty cell withheld, and no withheld value recomputed either way.
     */
    void assertProtected(int threshold, String context) {
        for (int v = 0; v < values.length; v++) {
            if (values[v] > 0 && values[v] < threshold && !withheld[v]) {
                throw new AssertionError(context + ": " + name(v) + " = " + values[v] + " is shown\n" + this);
            }
            if (values[v] == 0 && withheld[v]) {
                throw new AssertionError(context + ": the empty " + name(v) + " is withheld\n" + this);
            }
        }
        Map<String, Long> lineByLine = recoveredLineByLine();
        if (!lineByLine.isEmpty()) {
            throw new AssertionError(context + ": recomputed line by line " + lineByLine + "\n" + this);
        }
        Map<String, Long> linear = recoveredByLinearAlgebra();
        if (!linear.isEmpty()) {
            throw new AssertionError(context + ": recomputed by linear algebra " + linear + "\n" + this);
        }
    }

    /** The table, a withheld value in brackets: for failure messages. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                text.append(shown(cell(r, c))).append(' ');
            }
            text.append("| ").append(shown(rowMargin(r))).append('\n');
        }
        for (int c = 0; c < columns; c++) {
            text.append(shown(columnMargin(c))).append(' ');
        }
        return text.append("| ").append(shown(total())).toString();
    }

    private String shown(int number) {
        return withheld[number] ? "[" + values[number] + "]" : String.valueOf(values[number]);
    }

    /**
     * The withheld values found line after line: repeatedly, an equation with one unknown left
     * gives it. Each value found is checked against the truth (the reader is right), and named.
     */
    Map<String, Long> recoveredLineByLine() {
        long[] known = values.clone();
        boolean[] unknown = withheld.clone();
        Map<String, Long> recovered = new LinkedHashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int[] equation : equations) {
                int single = -1;
                int unknowns = 0;
                long rest = 0;
                for (int v = 0; v < equation.length; v++) {
                    if (equation[v] == 0) {
                        continue;
                    }
                    if (unknown[v]) {
                        unknowns++;
                        single = v;
                    } else {
                        rest += equation[v] * known[v];
                    }
                }
                if (unknowns == 1) {
                    long found = -rest / equation[single];
                    check(single, found);
                    known[single] = found;
                    unknown[single] = false;
                    recovered.put(name(single), found);
                    progress = true;
                }
            }
        }
        return recovered;
    }

    /**
     * The withheld values that all the equations together fix: reduced row echelon form, in exact
     * fractions, of the system over the withheld values (the shown ones moved to the right-hand
     * side). A withheld value is fixed iff a row of the reduced form names it alone.
     */
    Map<String, Long> recoveredByLinearAlgebra() {
        List<Integer> unknowns = new ArrayList<>();
        for (int v = 0; v < values.length; v++) {
            if (withheld[v]) {
                unknowns.add(v);
            }
        }
        int width = unknowns.size();
        Fraction[][] matrix = new Fraction[equations.size()][width + 1];
        for (int e = 0; e < equations.size(); e++) {
            int[] equation = equations.get(e);
            long rest = 0;
            for (int v = 0; v < equation.length; v++) {
                if (!withheld[v]) {
                    rest += equation[v] * values[v];
                }
            }
            for (int u = 0; u < width; u++) {
                matrix[e][u] = Fraction.of(equation[unknowns.get(u)]);
            }
            matrix[e][width] = Fraction.of(-rest);
        }
        reduce(matrix, width);
        Map<String, Long> recovered = new LinkedHashMap<>();
        for (Fraction[] row : matrix) {
            int nonZero = -1;
            int count = 0;
            for (int u = 0; u < width; u++) {
                if (!row[u].isZero()) {
                    count++;
                    nonZero = u;
                }
            }
            if (count == 1) {
                Fraction found = row[width].divide(row[nonZero]);
                if (found.denominator() != 1) {
                    throw new AssertionError("A count recomputed as " + found + ": the equations are wrong");
                }
                int number = unknowns.get(nonZero);
                check(number, found.numerator());
                recovered.put(name(number), found.numerator());
            }
        }
        return recovered;
    }

    private void check(int number, long found) {
        if (found != values[number]) {
            throw new AssertionError("The reader recomputed " + name(number) + " as " + found + " instead of "
                    + values[number] + ": the equations are wrong");
        }
    }

    /** Gauss–Jordan elimination in place over the first {@code width} columns. */
    private static void reduce(Fraction[][] matrix, int width) {
        int pivotRow = 0;
        for (int column = 0; column < width && pivotRow < matrix.length; column++) {
            int found = -1;
            for (int r = pivotRow; r < matrix.length; r++) {
                if (!matrix[r][column].isZero()) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            Fraction[] swap = matrix[found];
            matrix[found] = matrix[pivotRow];
            matrix[pivotRow] = swap;
            Fraction pivot = matrix[pivotRow][column];
            for (int c = 0; c <= width; c++) {
                matrix[pivotRow][c] = matrix[pivotRow][c].divide(pivot);
            }
            for (int r = 0; r < matrix.length; r++) {
                Fraction factor = matrix[r][column];
                if (r != pivotRow && !factor.isZero()) {
                    for (int c = 0; c <= width; c++) {
                        matrix[r][c] = matrix[r][c].subtract(factor.multiply(matrix[pivotRow][c]));
                    }
                }
            }
            pivotRow++;
        }
    }

    /** An exact fraction on longs, overflow checked; the denominator is positive and the fraction reduced. */
    private record Fraction(long numerator, long denominator) {

        static Fraction of(long whole) {
            return new Fraction(whole, 1);
        }

        static Fraction reduced(long numerator, long denominator) {
            if (denominator < 0) {
                numerator = Math.negateExact(numerator);
                denominator = Math.negateExact(denominator);
            }
            long gcd = gcd(Math.abs(numerator), denominator);
            return new Fraction(numerator / gcd, denominator / gcd);
        }

        private static long gcd(long a, long b) {
            return b == 0 ? Math.max(a, 1) : gcd(b, a % b);
        }

        boolean isZero() {
            return numerator == 0;
        }

        Fraction multiply(Fraction other) {
            return reduced(Math.multiplyExact(numerator, other.numerator), Math.multiplyExact(denominator, other.denominator));
        }

        Fraction divide(Fraction other) {
            return reduced(Math.multiplyExact(numerator, other.denominator), Math.multiplyExact(denominator, other.numerator));
        }

        Fraction subtract(Fraction other) {
            return reduced(Math.subtractExact(Math.multiplyExact(numerator, other.denominator),
                    Math.multiplyExact(other.numerator, denominator)), Math.multiplyExact(denominator, other.denominator));
        }

        @Override
        public String toString() {
            return numerator + "/" + denominator;
        }
    }
}
