package fr.relanceiae.barometer.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which cells of a two-way table of counts with its margins to withhold, so that nobody learns
 * the figures of fewer than {@code threshold} structures — not from a cell, and not by
 * recomputing a withheld cell from the ones shown. A pure function of the counts.
 *
 * <h2>The table and what a reader can compute</h2>
 * The table has rows (e.g. departments) and columns (e.g. kinds of structure), a margin per row
 * (the row's total), a margin per column and a grand total. Four families of equations tie them,
 * and a reader knows them all:
 * <pre>
 *   rowMargin[r]    = Σ_c cell[r][c]          (one per row)
 *   columnMargin[c] = Σ_r cell[r][c]          (one per column)
 *   total           = Σ_r rowMargin[r]
 *   total           = Σ_c columnMargin[c]
 * </pre>
 * They hold for every additive figure of a cell (structures, employees on short-time work, need
 * counts…), and one pattern hides them all, so counts stand for every additive figure here.
 *
 * <h2>Why a graph</h2>
 * Every value of the table occurs in exactly two of these equations, so the table is a flow in
 * a graph with one vertex per equation: a row's vertex (rowMargin[r] comes in, the row's cells
 * go out), a column's (the column's cells come in, columnMargin[c] goes out), {@code C} (the
 * column margins come in, the total goes out) and {@code R} (the total comes in, the row margins
 * go out). Each value is an edge, each equation says that what enters its vertex leaves it: the
 * table is a <em>circulation</em>.
 *
 * <p>Take the values shown as known. The tables agreeing with everything shown are the true
 * one plus any circulation on the withheld edges alone, that is, any combination of cycles of
 * withheld edges. Hence the one criterion, for any reader combining any of the equations in any
 * way (not only one row at a time):
 * <blockquote>a withheld value can be recomputed exactly <b>iff its edge lies on no cycle of
 * withheld edges</b> — iff it is a <em>bridge</em> of the graph of withheld edges.</blockquote>
 * A row, column or margin holding a single withheld value is the simplest case (its edge is
 * alone at a vertex); two groups of withheld cells joined by a single withheld cell are
 * another, which a row-by-row check misses.
 *
 * <h2>The method</h2>
 * <ol>
 * <li><b>Primary suppression</b>: every cell and margin counting 1 to {@code threshold − 1}
 * structures is withheld.
 * <li><b>Complementary suppression</b>: while the withheld edges have a bridge (the first in the
 * order cells by row, row margins, column margins, total), withhold the cheapest path joining
 * its two ends without it, where an edge already withheld is free and another costs its count
 * (then its length in edges): the bridge and the path make a cycle. The cheapest path favours the
 * smallest cells, as the usual rule of thumb does, but it may be a margin when that is what hides
 * a value, and a withheld margin is then part of the margins' own equations like any cell.
 * </ol>
 * Adding edges never takes an edge off a cycle, and each round puts the bridge and every edge it
 * adds on one, so the bridges decrease and the loop ends; a path always exists, since in a
 * circulation with positive values every edge lies on a cycle (empty cells are no edge).
 *
 * <h2>Why the result is safe</h2>
 * At the end every withheld value lies on a cycle C of withheld edges. Adding 1 to C's values
 * along its direction and taking 1 from those against it, or the other way round, keeps every
 * equation true; every withheld count is at least 1, so both tables have whole, non-negative
 * counts. Each withheld count thus has at least two values consistent with all that is shown.
 *
 * <p>What it does not promise: bounds. A reader may still learn that a withheld count lies
 * between, say, 1 and 9, and a shown total of 0 employees on short-time work tells that each of
 * its parts is 0 (the argument above needs counts of at least 1). Empty cells (0
 * structures) are no cell: their absence says that no structure of that kind answered in that
 * department, and nothing about any answer. The pattern hides a table only if readers see one
 * pattern per table: compute it on the whole table (every department and kind of the week) and
 * filter afterwards, never on a filtered table.
 *
 * <p>The pattern depends only on the counts (ties are broken by the order of the rows and columns),
 * so the same table always gives the same pattern: asking twice shows nothing more.
 */
public final class SmallCellSuppression {

    /** Partners see no figure of fewer than 5 structures (issue 12). */
    public static final int PARTNER_THRESHOLD = 5;

    private SmallCellSuppression() {
    }

    /** The cells and margins to withhold from partners ({@link #PARTNER_THRESHOLD}). */
    public static Pattern forPartners(int[][] counts) {
        return suppress(counts, PARTNER_THRESHOLD);
    }

    /**
     * The cells and margins to withhold so that no figure of fewer than {@code threshold}
     * structures is shown or can be recomputed; margins are the sums of the counts.
     *
     * @param counts    structures per cell, {@code counts[row][column]}, rectangular, none negative;
     *                  0 is an empty cell, which is never withheld
     * @param threshold the smallest count that may be shown, at least 1
     */
    public static Pattern suppress(int[][] counts, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("The threshold must be at least 1, not " + threshold);
        }
        Table table = new Table(counts);
        boolean[] withheld = new boolean[table.edgeCount()];
        for (int edge = 0; edge < withheld.length; edge++) {
            withheld[edge] = table.value(edge) < threshold;
        }
        for (int bridge = table.firstBridge(withheld); bridge >= 0; bridge = table.firstBridge(withheld)) {
            for (int edge : table.cheapestDetour(bridge, withheld)) {
                withheld[edge] = true;
            }
        }
        return table.pattern(withheld);
    }

    /** The outcome: which cells and margins are withheld. */
    public static final class Pattern {

        private final boolean[][] cells;
        private final boolean[] rowMargins;
        private final boolean[] columnMargins;
        private final boolean total;

        private Pattern(boolean[][] cells, boolean[] rowMargins, boolean[] columnMargins, boolean total) {
            this.cells = cells;
            this.rowMargins = rowMargins;
            this.columnMargins = columnMargins;
            this.total = total;
        }

        public boolean cell(int row, int column) {
            return cells[row][column];
        }

        public boolean rowMargin(int row) {
            return rowMargins[row];
        }

        public boolean columnMargin(int column) {
            return columnMargins[column];
        }

        public boolean total() {
            return total;
        }

        /** How many cells and margins are withheld in all. */
        public int withheldCount() {
            int count = total ? 1 : 0;
            for (boolean[] row : cells) {
                count += trueCount(row);
            }
            return count + trueCount(rowMargins) + trueCount(columnMargins);
        }

        private static int trueCount(boolean[] flags) {
            int count = 0;
            for (boolean flag : flags) {
                count += flag ? 1 : 0;
            }
            return count;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            for (int r = 0; r < cells.length; r++) {
                for (boolean cell : cells[r]) {
                    text.append(cell ? 'X' : '.');
                }
                text.append(" | ").append(rowMargins[r] ? 'X' : '.').append('\n');
            }
            for (boolean margin : columnMargins) {
                text.append(margin ? 'X' : '.');
            }
            return text.append(" | ").append(total ? 'X' : '.').toString();
        }
    }

    /**
     * The table as a graph: vertices {@code 0..rows-1} for the rows, then the columns, then
     * {@code R} and {@code C}; one edge per non-empty cell (row by row), per non-zero row margin,
     * per non-zero column margin, and the total. There are no parallel edges.
     */
    private static final class Table {

        private final int rows;
        private final int columns;
        private final int[][] cellEdge;
        private final int[] rowEdge;
        private final int[] columnEdge;
        private final int totalEdge;
        private final List<int[]> ends = new ArrayList<>();
        private final List<Long> values = new ArrayList<>();
        private final int[][] incident;

        Table(int[][] counts) {
            rows = counts.length;
            columns = rows == 0 ? 0 : counts[0].length;
            int allRows = rows + columns;
            int allColumns = allRows + 1;
            cellEdge = new int[rows][columns];
            rowEdge = new int[rows];
            columnEdge = new int[columns];
            long[] rowSums = new long[rows];
            long[] columnSums = new long[columns];
            for (int r = 0; r < rows; r++) {
                if (counts[r].length != columns) {
                    throw new IllegalArgumentException("Row " + r + " has " + counts[r].length + " cells, not " + columns);
                }
                for (int c = 0; c < columns; c++) {
                    int count = counts[r][c];
                    if (count < 0) {
                        throw new IllegalArgumentException("Cell [" + r + "][" + c + "] cannot be negative: " + count);
                    }
                    cellEdge[r][c] = addEdge(r, rows + c, count);
                    rowSums[r] += count;
                    columnSums[c] += count;
                }
            }
            long total = 0;
            for (int r = 0; r < rows; r++) {
                rowEdge[r] = addEdge(allRows, r, rowSums[r]);
                total += rowSums[r];
            }
            for (int c = 0; c < columns; c++) {
                columnEdge[c] = addEdge(rows + c, allColumns, columnSums[c]);
            }
            totalEdge = addEdge(allColumns, allRows, total);
            incident = incidence(allColumns + 1);
        }

        /** Adds an edge for a non-zero value; returns its number, or −1 for a zero. */
        private int addEdge(int from, int to, long value) {
            if (value == 0) {
                return -1;
            }
            ends.add(new int[] { from, to });
            values.add(value);
            return ends.size() - 1;
        }

        private int[][] incidence(int vertices) {
            int[] degree = new int[vertices];
            for (int[] end : ends) {
                degree[end[0]]++;
                degree[end[1]]++;
            }
            int[][] edges = new int[vertices][];
            for (int v = 0; v < vertices; v++) {
                edges[v] = new int[degree[v]];
            }
            int[] filled = new int[vertices];
            for (int edge = 0; edge < ends.size(); edge++) {
                for (int end : ends.get(edge)) {
                    edges[end][filled[end]++] = edge;
                }
            }
            return edges;
        }

        int edgeCount() {
            return ends.size();
        }

        long value(int edge) {
            return values.get(edge);
        }

        private int otherEnd(int edge, int vertex) {
            int[] end = ends.get(edge);
            return end[0] == vertex ? end[1] : end[0];
        }

        /**
         * The lowest-numbered bridge of the graph of withheld edges, or −1 (Tarjan's low-link,
         * iterative: an edge to a child is a bridge when nothing below the child reaches above it).
         */
        int firstBridge(boolean[] withheld) {
            int vertices = incident.length;
            int[] discovered = new int[vertices];
            int[] low = new int[vertices];
            int[] parentEdge = new int[vertices];
            int[] next = new int[vertices];
            int[] stack = new int[vertices];
            Arrays.fill(discovered, -1);
            int time = 0;
            int first = -1;
            for (int root = 0; root < vertices; root++) {
                if (discovered[root] >= 0) {
                    continue;
                }
                int depth = 0;
                stack[depth++] = root;
                discovered[root] = low[root] = time++;
                parentEdge[root] = -1;
                while (depth > 0) {
                    int v = stack[depth - 1];
                    if (next[v] < incident[v].length) {
                        int edge = incident[v][next[v]++];
                        if (!withheld[edge] || edge == parentEdge[v]) {
                            continue;
                        }
                        int w = otherEnd(edge, v);
                        if (discovered[w] < 0) {
                            discovered[w] = low[w] = time++;
                            parentEdge[w] = edge;
                            stack[depth++] = w;
                        } else {
                            low[v] = Math.min(low[v], discovered[w]);
                        }
                    } else {
                        depth--;
                        int edge = parentEdge[v];
                        if (edge >= 0) {
                            int parent = otherEnd(edge, v);
                            low[parent] = Math.min(low[parent], low[v]);
                            if (low[v] > discovered[parent] && (first < 0 || edge < first)) {
                                first = edge;
                            }
                        }
                    }
                }
            }
            return first;
        }

        /**
         * The edges not yet withheld on the cheapest path between the ends of {@code bridge} that
         * does not use it: Dijkstra on (new count withheld, new edges withheld, vertex), the
         * graph being small (one vertex per row and column).
         */
        List<Integer> cheapestDetour(int bridge, boolean[] withheld) {
            int vertices = incident.length;
            long[] cost = new long[vertices];
            int[] length = new int[vertices];
            int[] via = new int[vertices];
            boolean[] settled = new boolean[vertices];
            Arrays.fill(cost, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            int source = ends.get(bridge)[0];
            int target = ends.get(bridge)[1];
            cost[source] = 0;
            while (true) {
                int v = -1;
                for (int u = 0; u < vertices; u++) {
                    if (!settled[u] && cost[u] != Long.MAX_VALUE
                            && (v < 0 || cost[u] < cost[v] || cost[u] == cost[v] && length[u] < length[v])) {
                        v = u;
                    }
                }
                if (v < 0) {
                    throw new IllegalStateException("No cycle through edge " + bridge + ": the counts are not a table");
                }
                if (v == target) {
                    break;
                }
                settled[v] = true;
                for (int edge : incident[v]) {
                    if (edge == bridge) {
                        continue;
                    }
                    int w = otherEnd(edge, v);
                    long newCost = cost[v] + (withheld[edge] ? 0 : value(edge));
                    int newLength = length[v] + (withheld[edge] ? 0 : 1);
                    if (!settled[w] && (newCost < cost[w] || newCost == cost[w] && newLength < length[w])) {
                        cost[w] = newCost;
                        length[w] = newLength;
                        via[w] = edge;
                    }
                }
            }
            List<Integer> added = new ArrayList<>();
            for (int v = target; v != source; v = otherEnd(via[v], v)) {
                if (!withheld[via[v]]) {
                    added.add(via[v]);
                }
            }
            return added;
        }

        Pattern pattern(boolean[] withheld) {
            boolean[][] cells = new boolean[rows][columns];
            boolean[] rowMargins = new boolean[rows];
            boolean[] columnMargins = new boolean[columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    cells[r][c] = isWithheld(cellEdge[r][c], withheld);
                }
                rowMargins[r] = isWithheld(rowEdge[r], withheld);
            }
            for (int c = 0; c < columns; c++) {
                columnMargins[c] = isWithheld(columnEdge[c], withheld);
            }
            return new Pattern(cells, rowMargins, columnMargins, isWithheld(totalEdge, withheld));
        }

        private static boolean isWithheld(int edge, boolean[] withheld) {
            return edge >= 0 && withheld[edge];
        }
    }
}
