package fr.relanceiae.supply.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.relanceiae.supply.allocation.FairShare.Allocation;
import fr.relanceiae.supply.allocation.FairShare.Claim;
import fr.relanceiae.supply.allocation.FairShare.Share;

/** Cases worked out by hand; the general properties are in {@link FairSharePropertiesTest}. */
class FairShareTest {

    private static final Instant SUBMITTED = Instant.parse("2026-03-16T09:00:00Z");
    private static final int MAX = Integer.MAX_VALUE;

    /**
     * A line of a case: its need, its structure's FTE (null: none), its order's submission in seconds
     * after 9:00, its id (null: 00000000-0000-0000-0000-00000000000{position + 1}).
     */
    record Line(int need, String fte, int second, String id) {
    }

    static Line line(int need, String fte) {
        return new Line(need, fte, 0, null);
    }

    static Line line(int need, String fte, int second) {
        return new Line(need, fte, second, null);
    }

    static List<Claim> claims(List<Line> lines) {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            UUID id = line.id() == null ? new UUID(0, i + 1) : UUID.fromString(line.id());
            claims.add(new Claim(id, line.need(), line.fte() == null ? null : new BigDecimal(line.fte()),
                    SUBMITTED.plusSeconds(line.second())));
        }
        return claims;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // 10 × 1/2 = 5 and 5
                arguments("equal FTE share equally", 10,
                        List.of(line(100, "1"), line(100, "1")), List.of(5, 5), 0),
                // 10 × 1/3 = 3.33 and 10 × 2/3 = 6.67: floors 3 + 6 = 9, the 10th unit to the larger remainder .67
                arguments("pro rata to FTE, the spare unit to the largest remainder", 10,
                        List.of(line(100, "1"), line(100, "2")), List.of(3, 7), 0),
                // weights 5 and 1: 100 × 5/6 = 83.3 ≥ 10, capped at 10; the other 90 go to the only line left
                arguments("a capped line's surplus goes to the others", 100,
                        List.of(line(10, "5"), line(1000, "1")), List.of(10, 90), 0),
                // 100 × 1/3 = 33.3 ≥ 10: capped; 90 × 1/2 = 45 ≥ 30: capped; 60 < 1000 for the last
                arguments("capping cascades", 100,
                        List.of(line(10, "1"), line(30, "1"), line(1000, "1")), List.of(10, 30, 60), 0),
                // 21 × 1/4 = 5.25 ≥ 2: capped; 19 × 1/3 = 6.33 and 19 × 2/3 = 12.67: 6 + 12 = 18, the 19th to .67
                arguments("capping then largest remainder", 21,
                        List.of(line(2, "1"), line(100, "1"), line(100, "2")), List.of(2, 6, 13), 0),
                // needs 10 + 20 = 30 ≤ 50: each gets its need, 20 are left
                arguments("more stock than needs: everyone served, the rest left", 50,
                        List.of(line(10, "1"), line(20, "3")), List.of(10, 20), 20),
                // needs 10 + 20 = 30 = stock
                arguments("exactly the needs", 30,
                        List.of(line(10, "3"), line(20, "1")), List.of(10, 20), 0),
                // 5 × 1/2 = 2.5 each: 2 + 2, the 5th unit to the order submitted first (the second line, 60 s earlier)
                arguments("equal remainders: the earliest submission wins", 5,
                        List.of(line(100, "1", 60), line(100, "1", 0)), List.of(2, 3), 0),
                // as above, submitted at the same second: the id first in written order wins (0000… before ffff…,
                // though UUID.compareTo, signed, puts ffff… first)
                arguments("equal remainders and submissions: the smaller id wins", 5,
                        List.of(new Line(100, "1", 0, "ffffffff-0000-0000-0000-000000000001"),
                                new Line(100, "1", 0, "00000000-0000-0000-0000-000000000002")),
                        List.of(2, 3), 0),
                // null and 0 weigh 1: 9 × 1/4 = 2.25, 9 × 1/4 = 2.25, 9 × 2/4 = 4.5: 2 + 2 + 4 = 8, the 9th to .5
                arguments("no FTE and zero FTE weigh 1", 9,
                        List.of(line(100, null), line(100, "0"), line(100, "2")), List.of(2, 2, 5), 0),
                // 0.25 and 0.75: 7 × 1/4 = 1.75, 7 × 3/4 = 5.25: 1 + 5 = 6, the 7th to .75
                arguments("decimal FTE", 7,
                        List.of(line(100, "0.25"), line(100, "0.75")), List.of(2, 5), 0),
                // 0 × anything = 0
                arguments("nothing available", 0,
                        List.of(line(5, "1"), line(7, "2")), List.of(0, 0), 0),
                // weights 1.5 + 2.5 + 3 = 7: 10 × 1.5/7 = 2.14, 10 × 2.5/7 = 3.57, 10 × 3/7 = 4.29: 2 + 3 + 4 = 9,
                // the 10th to .57 (the middle line), not to the heaviest one
                arguments("three lines, the spare unit to the largest remainder", 10,
                        List.of(line(100, "1.5"), line(100, "2.5"), line(100, "3")), List.of(2, 4, 4), 0),
                // 1 × 1/3 each: remainders equal, the unit to the earliest (the third line, submitted at 9:00)
                arguments("one unit among three", 1,
                        List.of(line(1, "1", 20), line(1, "1", 10), line(1, "1", 0)), List.of(0, 0, 1), 0),
                // 5 ≥ 3
                arguments("one line", 5, List.of(line(3, "4")), List.of(3), 2),
                arguments("no line", 7, List.of(), List.of(), 7),
                // weights M = 2^31 − 1 hundredths and 1: M × M/(M + 1) = M − M/(M + 1): floor M − 1, remainder
                // 1/(M + 1); M × 1/(M + 1): floor 0, remainder M/(M + 1), which takes the last unit
                arguments("the largest stock and weights", MAX,
                        List.of(line(MAX, "21474836.47"), line(MAX, "0.01")), List.of(MAX - 1, 1), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shares_whole_units_pro_rata_to_fte(String name, int available, List<Line> lines, List<Integer> expected, int left) {
        List<Claim> claims = claims(lines);

        Allocation allocation = FairShare.allocate(available, claims);

        assertThat(allocation.shares()).extracting(Share::lineId).containsExactlyElementsOf(claims.stream().map(Claim::lineId).toList());
        assertThat(allocation.shares()).extracting(Share::units).containsExactlyElementsOf(expected);
        assertThat(allocation.left()).isEqualTo(left);
        assertThat(allocation.allocated()).isEqualTo(expected.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void weights_are_the_fte_or_one_without_fte() {
        assertThat(FairShare.weightOf(null)).isEqualByComparingTo("1");
        assertThat(FairShare.weightOf(new BigDecimal("0.00"))).isEqualByComparingTo("1");
        assertThat(FairShare.weightOf(new BigDecimal("0.5"))).isEqualByComparingTo("0.5");
        assertThat(FairShare.weightOf(new BigDecimal("12.25"))).isEqualByComparingTo("12.25");
    }

    @Test
    void bad_inputs_are_refused() {
        UUID id = UUID.randomUUID();
        Claim claim = new Claim(id, 1, BigDecimal.ONE, SUBMITTED);
        assertThatThrownBy(() -> FairShare.allocate(-1, List.of(claim))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FairShare.allocate(5, List.of(claim, new Claim(id, 2, null, SUBMITTED))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new Claim(id, 0, BigDecimal.ONE, SUBMITTED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Claim(id, -3, BigDecimal.ONE, SUBMITTED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Claim(id, 1, new BigDecimal("-0.01"), SUBMITTED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Claim(id, 1, new BigDecimal("1.005"), SUBMITTED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Claim(id, 1, new BigDecimal("21474836.48"), SUBMITTED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Claim(null, 1, BigDecimal.ONE, SUBMITTED)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Claim(id, 1, BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
        // trailing zeros are not decimals
        assertThat(new Claim(id, 1, new BigDecimal("2.5000"), SUBMITTED).fte()).isEqualByComparingTo("2.5");
    }

    @Test
    void products_beyond_64_bits_compare_exactly() {
        Random random = new Random(20260316);
        for (int i = 0; i < 10_000; i++) {
            long a = random.nextLong() >>> random.nextInt(64);
            long b = random.nextLong() >>> random.nextInt(64);
            long c = random.nextLong() >>> random.nextInt(64);
            long d = i % 3 == 0 ? a : random.nextLong() >>> random.nextInt(64); // some equal products
            long[] e = i % 3 == 0 ? new long[] { b, a } : new long[] { c, d };
            int expected = Integer.signum(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
                    .compareTo(BigInteger.valueOf(e[0]).multiply(BigInteger.valueOf(e[1]))));
            assertThat(Integer.signum(FairShare.compareProducts(a, b, e[0], e[1])))
                    .as("%d × %d against %d × %d", a, b, e[0], e[1]).isEqualTo(expected);
        }
    }

    @Test
    void ten_thousand_claims_are_shared() {
        // No timing assertion: this guards against a quadratic water-filling (which would take seconds here).
        Random random = new Random(11);
        List<Claim> claims = new ArrayList<>();
        long needs = 0;
        for (int i = 0; i < 10_000; i++) {
            int need = 1 + random.nextInt(i % 10 == 0 ? 5 : 500);
            needs += need;
            BigDecimal fte = i % 7 == 0 ? null : BigDecimal.valueOf(1 + random.nextInt(5_000), 2);
            claims.add(new Claim(new UUID(random.nextLong(), random.nextLong()), need, fte, SUBMITTED.plusSeconds(random.nextInt(3600))));
        }
        int available = (int) (needs / 2);

        Allocation allocation = FairShare.allocate(available, claims);

        assertThat(allocation.allocated()).isEqualTo(available);
        assertThat(allocation.left()).isZero();
        for (int i = 0; i < claims.size(); i++) {
            assertThat(allocation.shares().get(i).units()).isBetween(0, claims.get(i).need());
        }
    }
}
