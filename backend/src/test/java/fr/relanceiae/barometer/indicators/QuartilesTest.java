package fr.relanceiae.barometer.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Type 7 quartiles on the small samples where methods differ most, and the histogram against them. */
class QuartilesTest {

    @Test
    void one_value_is_its_own_median_and_quartiles() {
        assertThat(Quartiles.of(42)).isEqualTo(new Quartiles(42, 42, 42));
    }

    @Test
    void two_values_interpolate_at_a_quarter_a_half_and_three_quarters() {
        assertThat(Quartiles.of(10, 20)).isEqualTo(new Quartiles(12.5, 15, 17.5));
    }

    @Test
    void three_values() {
        assertThat(Quartiles.of(1, 2, 3)).isEqualTo(new Quartiles(1.5, 2, 2.5));
    }

    @Test
    void four_values_give_the_spreadsheets_quartile_inc() {
        assertThat(Quartiles.of(1, 2, 3, 4)).isEqualTo(new Quartiles(1.75, 2.5, 3.25));
    }

    @Test
    void five_values_fall_on_order_statistics() {
        assertThat(Quartiles.of(1, 2, 3, 4, 5)).isEqualTo(new Quartiles(2, 3, 4));
    }

    @Test
    void the_values_are_sorted_first_and_ties_count_each() {
        assertThat(Quartiles.of(7, 1, 7, 3)).isEqualTo(new Quartiles(2.5, 5, 7));
        assertThat(Quartiles.of(0, 100, 100, 100, 0)).isEqualTo(new Quartiles(0, 100, 100));
    }

    @Test
    void the_extremes_are_the_minimum_and_maximum() {
        int[] sorted = { 3, 8, 50, 90 };
        assertThat(Quartiles.quantile(sorted, 0)).isEqualTo(3);
        assertThat(Quartiles.quantile(sorted, 1)).isEqualTo(90);
    }

    @Test
    void no_value_and_no_probability_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quartiles.of());
        assertThatIllegalArgumentException().isThrownBy(() -> Quartiles.quantile(new int[] { 1 }, 1.5));
        assertThatIllegalArgumentException().isThrownBy(() -> Quartiles.quantile(new int[] { 1 }, Double.NaN));
    }

    @Test
    void the_histogram_of_percentages_gives_the_quartiles_of_its_values() {
        long seed = Long.getLong("quartiles.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            int[] values = new int[1 + random.nextInt(i < 1000 ? 6 : 300)];
            int spread = 1 + random.nextInt(101);
            int base = random.nextInt(101 - spread + 1);
            PercentHistogram histogram = new PercentHistogram();
            for (int v = 0; v < values.length; v++) {
                values[v] = base + random.nextInt(spread);
                histogram.add(values[v]);
            }
            assertThat(histogram.quartiles()).as("seed %d (-Dquartiles.seed=%d), values %s", seed, seed,
                    Arrays.toString(values)).isEqualTo(Quartiles.of(values));
        }
    }
}
