package fr.relanceiae.barometer.indicators;

import java.util.Arrays;

/**
 * The first quartile, median and third quartile of a sample, by linear interpolation between
 * order statistics — Hyndman and Fan's type 7, the default of R's {@code quantile}, NumPy's
 * {@code percentile}, PostgreSQL's {@code percentile_cont} and the spreadsheets' {@code QUARTILE.INC}:
 * a facilitator checking a figure in a spreadsheet, or a query computing it in SQL, finds the same value.
 *
 * <p>For n sorted values x<sub>0</sub> ≤ … ≤ x<sub>n−1</sub> and a probability p, let
 * h = (n − 1)·p and j = ⌊h⌋: the quantile is x<sub>j</sub> + (h − j)·(x<sub>j+1</sub> − x<sub>j</sub>)
 * (just x<sub>j</sub> when h = j). So the median of 1, 2, 3, 4 is 2.5 and its quartiles 1.75 and
 * 3.25; one value is its own median and quartiles. Whole-percent values give quartiles in
 * quarters of a percent, exact in a double.
 */
public record Quartiles(double q1, double median, double q3) {

    /** The quartiles of these values (any order; at least one). */
    public static Quartiles of(int... values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Quartiles(quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75));
    }

    /**
     * The type 7 quantile of sorted values.
     *
     * @param sorted values in ascending order, at least one
     * @param p      a probability within 0–1
     */
    public static double quantile(int[] sorted, double p) {
        return quantile(sorted.length, p, k -> sorted[Math.toIntExact(k)]);
    }

    /** Type 7 over n order statistics read through {@code valueAt} (0-based): shared with {@link PercentHistogram}. */
    static double quantile(long n, double p, OrderStatistic valueAt) {
        if (n < 1) {
            throw new IllegalArgumentException("A quantile needs at least one value");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("A probability is within 0–1, not " + p);
        }
        double h = (n - 1) * p;
        long j = (long) Math.floor(h);
        double below = valueAt.at(j);
        double fraction = h - j;
        return fraction == 0 ? below : below + fraction * (valueAt.at(j + 1) - below);
    }

    /** The k-th smallest value (from 0) of a sample. */
    @FunctionalInterface
    interface OrderStatistic {
        int at(long k);
    }
}
