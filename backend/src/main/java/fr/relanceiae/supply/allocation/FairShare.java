package fr.relanceiae.supply.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Shares the available units of one product among its backordered order lines, pro rata to
 * the insertion FTE of each line's structure (issue 11). Plain arithmetic, no I/O.
 *
 * <p>The method, in three steps:
 * <ol>
 * <li><b>Weights.</b> A line weighs its structure's insertion FTE, counted in hundredths (FTE
 * have two decimals). A structure without FTE, or with 0 FTE, weighs 1 FTE: a weight of 0
 * would leave it nothing at all. See {@link #weightOf}.
 * <li><b>Water-filling.</b> Each line's exact quota is {@code stock × weight / total weight}.
 * A line whose quota reaches its need is capped: it gets its need, leaves the share, and the
 * rest of the stock is shared again among the others, until no remaining quota reaches its
 * need (or every need is met, and the surplus is left). Lines are capped in increasing order
 * of need ÷ weight: capping one only raises the others' quotas, so a single pass over that
 * order finds every capped line, in O(n log n).
 * <li><b>Largest remainder.</b> Each uncapped line gets the whole part of its quota; the units
 * still unallocated (fewer than the uncapped lines) go one each to the largest fractional
 * parts, ties going to the order submitted first, then to the line id first in written order,
 * so the result does not depend on the order of the claims.
 * </ol>
 * Every unit is accounted for: {@code allocated + left == available}, and units are left only
 * when every need is met. No line gets more than it needs, and every line is within one unit
 * of its exact quota. The arithmetic is exact: weights are whole hundredths, quotas are
 * fractions over the same denominator, compared on 128 bits where a product may pass 64.
 */
public final class FairShare {

    /** The heaviest weight accepted, in hundredths of FTE: keeps {@code stock × weight} on 63 bits. */
    static final long MAX_WEIGHT_HUNDREDTHS = Integer.MAX_VALUE;

    private static final BigDecimal NO_FTE_WEIGHT = BigDecimal.ONE;
    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(MAX_WEIGHT_HUNDREDTHS);

    private FairShare() {
    }

    /**
     * An order line waiting for units.
     *
     * @param lineId      the order line
     * @param need        units still backordered on it, more than 0
     * @param fte         its structure's insertion FTE, at most two decimals; {@code null} or 0
     *                    weighs 1 (see {@link FairShare#weightOf})
     * @param submittedAt when its order was submitted: the earlier wins a tie
     */
    public record Claim(UUID lineId, int need, BigDecimal fte, Instant submittedAt) {
        public Claim {
            Objects.requireNonNull(lineId, "lineId");
            Objects.requireNonNull(submittedAt, "submittedAt");
            if (need <= 0) {
                throw new IllegalArgumentException("Line " + lineId + ": the need must be more than 0, not " + need);
            }
            hundredths(lineId, fte);
        }
    }

    /** The units given to one line. */
    public record Share(UUID lineId, int units) {
    }

    /**
     * The outcome for one product.
     *
     * @param shares    one per claim, in the order of the claims, 0 units included
     * @param allocated the units given, in all
     * @param left      the units nobody needed: {@code allocated + left} is the stock shared
     */
    public record Allocation(List<Share> shares, int allocated, int left) {
        public Allocation {
            shares = List.copyOf(shares);
        }
    }

    /**
     * The weight a structure's insertion FTE gives its lines: the FTE itself, or 1 when the
     * structure has no FTE or 0 FTE.
     */
    public static BigDecimal weightOf(BigDecimal fte) {
        return fte == null || fte.signum() == 0 ? NO_FTE_WEIGHT : fte;
    }

    /**
     * Shares {@code available} units among the claims (see the class comment).
     *
     * @throws IllegalArgumentException when {@code available} is negative or two claims have the
     *                                  same line id
     */
    public static Allocation allocate(int available, List<Claim> claims) {
        if (available < 0) {
            throw new IllegalArgumentException("The available stock cannot be negative: " + available);
        }
        int n = claims.size();
        Line[] lines = new Line[n];
        Set<UUID> ids = new HashSet<>(n * 2);
        for (int i = 0; i < n; i++) {
            Claim claim = Objects.requireNonNull(claims.get(i), "claim");
            if (!ids.add(claim.lineId())) {
                throw new IllegalArgumentException("Line " + claim.lineId() + " is claimed twice");
            }
            lines[i] = new Line(claim, hundredths(claim.lineId(), weightOf(claim.fte())));
        }

        // Water-filling: with the stock and weight still shared, a line is capped when its quota
        // stock × weight / totalWeight reaches its need, i.e. stock × weight ≥ need × totalWeight.
        Line[] byNeedPerWeight = lines.clone();
        Arrays.sort(byNeedPerWeight, FairShare::compareNeedPerWeight);
        long stock = available;
        long totalWeight = 0;
        for (Line line : lines) {
            totalWeight += line.weight;
        }
        int firstUncapped = 0;
        while (firstUncapped < n) {
            Line line = byNeedPerWeight[firstUncapped];
            if (compareProducts(stock, line.weight, line.need, totalWeight) < 0) {
                break; // the smallest need per weight is not reached: none of the others is either
            }
            line.units = line.need;
            stock -= line.units;
            totalWeight -= line.weight;
            firstUncapped++;
        }

        // Largest remainder among the uncapped lines: quota = stock × weight / totalWeight, the
        // same denominator for all, so the numerators' remainders compare as they are.
        int uncapped = n - firstUncapped;
        if (uncapped > 0) {
            long unallocated = stock;
            for (int i = firstUncapped; i < n; i++) {
                Line line = byNeedPerWeight[i];
                long numerator = stock * line.weight; // < 2^31 × 2^31
                line.units = (int) (numerator / totalWeight);
                line.remainder = numerator % totalWeight;
                unallocated -= line.units;
            }
            // The fractional parts add up to `unallocated`, each below 1: so unallocated < uncapped,
            // and every line rounded up has a fraction; its quota is below its need, so its ceiling is not above it.
            Line[] byRemainder = Arrays.copyOfRange(byNeedPerWeight, firstUncapped, n);
            Arrays.sort(byRemainder, LARGEST_REMAINDER_FIRST);
            for (int i = 0; i < unallocated; i++) {
                byRemainder[i].units++;
            }
            stock = 0;
        }

        List<Share> shares = new ArrayList<>(n);
        int allocated = 0;
        for (Line line : lines) {
            shares.add(new Share(line.claim.lineId(), line.units));
            allocated += line.units;
        }
        return new Allocation(shares, allocated, (int) stock);
    }

    /** Largest remainder first, then the order submitted first, then the line id (a run sorts thousands). */
    private static final Comparator<Line> LARGEST_REMAINDER_FIRST = (a, b) -> {
        int byRemainder = Long.compare(b.remainder, a.remainder);
        if (byRemainder != 0) {
            return byRemainder;
        }
        int bySubmission = a.submittedAt.compareTo(b.submittedAt);
        return bySubmission != 0 ? bySubmission : compareIds(a, b);
    };

    /**
     * A claim while it is being served. What the sorts compare is copied out of the claim: a
     * product's thousands of lines share a few hundred weights, so ties are many and each is
     * broken on the id, millions of comparisons in a run that should not each chase the claim,
     * then its UUID.
     */
    private static final class Line {
        final Claim claim;
        final int need;
        /** In hundredths of FTE, 1 to {@link #MAX_WEIGHT_HUNDREDTHS}. */
        final long weight;
        final Instant submittedAt;
        final long idHigh;
        final long idLow;
        int units;
        long remainder;

        Line(Claim claim, long weight) {
            this.claim = claim;
            this.need = claim.need();
            this.weight = weight;
            this.submittedAt = claim.submittedAt();
            this.idHigh = claim.lineId().getMostSignificantBits();
            this.idLow = claim.lineId().getLeastSignificantBits();
        }
    }

    /** need_a / weight_a against need_b / weight_b, exactly; then by id, for a stable order. */
    private static int compareNeedPerWeight(Line a, Line b) {
        int byRatio = Long.compare((long) a.need * b.weight, (long) b.need * a.weight);
        return byRatio != 0 ? byRatio : compareIds(a, b);
    }

    private static int compareIds(Line a, Line b) {
        int high = Long.compareUnsigned(a.idHigh, b.idHigh);
        return high != 0 ? high : Long.compareUnsigned(a.idLow, b.idLow);
    }

    /** Ids in the order of their written form (unsigned, unlike {@link UUID#compareTo}), as PostgreSQL orders them. */
    static int compareIds(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** a × b against c × d for non-negative longs, on 128 bits. */
    static int compareProducts(long a, long b, long c, long d) {
        int high = Long.compare(Math.multiplyHigh(a, b), Math.multiplyHigh(c, d));
        return high != 0 ? high : Long.compareUnsigned(a * b, c * d);
    }

    /** An FTE in whole hundredths: no negative, no third decimal, no more than the maximum. */
    private static long hundredths(UUID lineId, BigDecimal fte) {
        if (fte == null) {
            return 0;
        }
        if (fte.signum() < 0) {
            throw new IllegalArgumentException("Line " + lineId + ": the FTE cannot be negative: " + fte);
        }
        BigDecimal hundredths = fte.movePointRight(2);
        // A scale of two or less (as read from the database) is whole hundredths: only a larger one
        // is looked at more closely (stripTrailingZeros divides; a run reads hundreds of thousands of FTE).
        if (hundredths.scale() > 0 && hundredths.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("Line " + lineId + ": the FTE has more than two decimals: " + fte);
        }
        if (hundredths.compareTo(MAX_WEIGHT) > 0) {
            throw new IllegalArgumentException("Line " + lineId + ": the FTE is too large: " + fte);
        }
        return hundredths.longValueExact();
    }
}
