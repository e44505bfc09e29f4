package fr.relanceiae.barometer.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.relanceiae.barometer.indicators.SmallCellSuppression.Pattern;

/**
 * Small-cell suppression on tables made by hand: which cells go, and that nothing withheld can
 * be recomputed ({@link Disclosure}). Patterns print as rows of cells then the row margin, and a
 * last line of column margins then the total; X is withheld.
 */
class SmallCellSuppressionTest {

    private static Pattern suppressed(int[][] counts) {
        Pattern pattern = SmallCellSuppression.forPartners(counts);
        Disclosure.of(counts, pattern).assertProtected(SmallCellSuppression.PARTNER_THRESHOLD, "table");
        return pattern;
    }

    @Test
    void a_table_without_small_cells_is_shown_whole() {
        assertThat(suppressed(new int[][] { { 5, 6 }, { 7, 8 } }).withheldCount()).isZero();
        assertThat(suppressed(new int[][] { { 5, 0, 9 }, { 0, 0, 5 }, { 40, 5, 5 } }).withheldCount()).isZero();
    }

    @Test
    void an_empty_table_has_nothing_to_withhold() {
        assertThat(suppressed(new int[0][0]).withheldCount()).isZero();
        assertThat(suppressed(new int[][] { { 0, 0 }, { 0, 0 } }).withheldCount()).isZero();
    }

    @Test
    void a_lone_small_cell_is_hidden_by_the_rectangle_of_the_smallest_cells() {
        Pattern pattern = suppressed(new int[][] {
                { 2, 10, 12 },
                { 9, 15, 20 },
                { 11, 8, 30 } });

        // 10 + 8 + 11 = 29 is the cheapest way round: cheaper than 10 + 15 + 9 = 34.
        assertThat(pattern).hasToString("""
                XX. | .
                ... | .
                XX. | .
                ... | .""");
    }

    @Test
    void a_small_cell_alone_in_its_department_takes_the_department_margins_with_it() {
        Pattern pattern = suppressed(new int[][] {
                { 3, 0 },
                { 10, 12 } });

        // The first row is 3 in all: its margin is small too. Hiding them takes another row and its margin.
        assertThat(pattern).hasToString("""
                X. | X
                X. | X
                .. | .""");
    }

    @Test
    void a_small_department_margin_is_never_alone_among_the_margins_of_the_week() {
        Pattern pattern = suppressed(new int[][] {
                { 1, 2 },
                { 20, 30 },
                { 25, 40 } });

        // total = Σ department margins: one department margin withheld alone would be total − the others.
        assertThat(pattern).hasToString("""
                XX | X
                XX | X
                .. | .
                .. | .""");
    }

    @Test
    void a_small_cell_in_a_table_of_one_row_takes_a_kind_margin_with_it() {
        Pattern pattern = suppressed(new int[][] { { 3, 10, 12 } });

        assertThat(pattern).hasToString("""
                XX. | .
                XX. | .""");
    }

    @Test
    void a_cell_joining_two_groups_of_hidden_cells_is_hidden_on_a_cycle_too() {
        // Withholding until no row, column or margin holds a single hidden value still let
        // cell [2][2] = 1 be recomputed here (rows 1 and 2 minus the first and last columns).
        Pattern pattern = suppressed(new int[][] {
                { 0, 4, 3, 194 },
                { 4, 0, 0, 42 },
                { 2, 0, 1, 3 } });

        assertThat(pattern.cell(2, 2)).isTrue();
    }

    @Test
    void a_week_of_fewer_than_5_structures_is_withheld_whole() {
        Pattern pattern = suppressed(new int[][] {
                { 1, 2 },
                { 1, 0 } });

        assertThat(pattern).hasToString("""
                XX | X
                X. | X
                XX | X""");
    }

    @Test
    void many_small_cells_are_all_withheld() {
        Pattern pattern = suppressed(new int[][] {
                { 1, 1, 1, 50 },
                { 1, 1, 1, 50 },
                { 60, 60, 60, 4 } });

        assertThat(pattern.cell(2, 3)).isTrue();
        assertThat(pattern.withheldCount()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void the_same_counts_give_the_same_pattern() {
        int[][] counts = { { 3, 7, 7, 2 }, { 7, 7, 3, 7 }, { 2, 7, 7, 7 } };

        assertThat(SmallCellSuppression.forPartners(counts)).hasToString(SmallCellSuppression.forPartners(counts).toString());
    }

    @Test
    void the_threshold_is_a_parameter() {
        int[][] counts = { { 5, 6 }, { 7, 8 } };

        assertThat(SmallCellSuppression.suppress(counts, 1).withheldCount()).isZero();
        Pattern strict = SmallCellSuppression.suppress(counts, 6);
        Disclosure.of(counts, strict).assertProtected(6, "threshold 6");
        assertThat(strict.cell(0, 0)).isTrue();
    }

    @Test
    void counts_that_are_no_table_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SmallCellSuppression.forPartners(new int[][] { { 1, -1 } }));
        assertThatIllegalArgumentException().isThrownBy(() -> SmallCellSuppression.forPartners(new int[][] { { 1, 2 }, { 3 } }));
        assertThatIllegalArgumentException().isThrownBy(() -> SmallCellSuppression.suppress(new int[][] { { 1 } }, 0));
    }

    // The reader of Disclosure must find what is there to find, or the tests above prove nothing.

    @Test
    void the_reader_recomputes_a_cell_withheld_alone() {
        int[][] counts = { { 2, 10 }, { 9, 15 } };
        Disclosure table = Disclosure.of(counts, withheld(counts, "cell [0][0]"));

        assertThat(table.recoveredLineByLine()).isEqualTo(Map.of("cell [0][0]", 2L));
        assertThat(table.recoveredByLinearAlgebra()).isEqualTo(Map.of("cell [0][0]", 2L));
    }

    @Test
    void the_reader_uses_a_value_found_to_find_the_next() {
        int[][] counts = { { 2, 10 }, { 9, 15 } };
        // Only the second row has a single unknown at first; its cell then leaves one in the first column…
        Disclosure table = Disclosure.of(counts, withheld(counts, "cell [0][0]", "cell [1][0]", "row margin 0"));

        assertThat(table.recoveredLineByLine()).containsExactly(Map.entry("cell [1][0]", 9L),
                Map.entry("cell [0][0]", 2L), Map.entry("row margin 0", 12L));
    }

    @Test
    void linear_algebra_finds_a_cell_joining_two_hidden_rectangles_that_no_single_line_gives() {
        int[][] counts = { { 10, 10, 10, 10 }, { 10, 10, 10, 10 }, { 10, 10, 10, 10 }, { 10, 10, 10, 10 } };
        // Two rectangles of withheld cells, joined by cell [1][2]: every line holds two withheld values or more…
        Disclosure table = Disclosure.of(counts, withheld(counts, "cell [0][0]", "cell [0][1]", "cell [1][0]",
                "cell [1][1]", "cell [2][2]", "cell [2][3]", "cell [3][2]", "cell [3][3]", "cell [1][2]"));

        assertThat(table.recoveredLineByLine()).isEmpty();
        // …yet rows 0 and 1 minus columns 0 and 1 leave cell [1][2] alone.
        assertThat(table.recoveredByLinearAlgebra()).isEqualTo(Map.of("cell [1][2]", 10L));
    }

    /** The withheld flags of these values, named as {@link Disclosure#name} names them. */
    private static boolean[] withheld(int[][] counts, String... names) {
        Disclosure table = Disclosure.of(counts, new boolean[counts.length * counts[0].length + counts.length + counts[0].length + 1]);
        boolean[] withheld = new boolean[table.total() + 1];
        for (String name : names) {
            boolean found = false;
            for (int v = 0; v < withheld.length; v++) {
                if (table.name(v).equals(name)) {
                    withheld[v] = true;
                    found = true;
                }
            }
            assertThat(found).as(name).isTrue();
        }
        return withheld;
    }
}
