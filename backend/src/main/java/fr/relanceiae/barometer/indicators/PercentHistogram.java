package fr.relanceiae.barometer.indicators;

/**
 * How many answers gave each whole percentage 0–100. Activity levels are whole percents, so a
 * cell keeps 101 counters instead of its values: adding a cell into its margins is 101 additions
 * whatever the number of answers, and the order statistics the quartiles need are read off the
 * running counts without sorting.
 */
final class PercentHistogram {

    private final long[] counts = new long[101];
    private long total;

    void add(int percent) {
        counts[percent]++;
        total++;
    }

    /** {@code count} answers of this percent. */
    void add(int percent, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + count);
        }
        counts[percent] += count;
        total += count;
    }

    void addAll(PercentHistogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
    }

    long total() {
        return total;
    }

    /** Type 7 quartiles, as {@link Quartiles#of} would give on the values themselves. */
    Quartiles quartiles() {
        return new Quartiles(quantile(0.25), quantile(0.5), quantile(0.75));
    }

    double quantile(double p) {
        return Quartiles.quantile(total, p, this::valueAt);
    }

    /** The k-th smallest value (from 0). */
    private int valueAt(long k) {
        long seen = 0;
        for (int percent = 0; percent < counts.length; percent++) {
            seen += counts[percent];
            if (seen > k) {
                return percent;
            }
        }
        throw new IndexOutOfBoundsException("No value " + k + " among " + total);
    }
}
