package fr.relanceiae.supply.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import fr.relanceiae.supply.allocation.FairShare.Allocation;
import fr.relanceiae.supply.allocation.FairShare.Claim;
import fr.relanceiae.supply.allocation.FairShare.Share;

/**
 * Properties of {@link FairShare} over generated claims, checked against a plain water-filling
 * written the slow way (every round recomputes every quota as a fraction). jqwik prints the seed
 * and the shrunk sample of a failure.
 */
class FairSharePropertiesTest {

    private static final Instant SUBMITTED = Instant.parse("2026-03-16T09:00:00Z");

    @Property(tries = 3000)
    void every_unit_is_accounted_for(@ForAll("available") int available, @ForAll("claims") List<Claim> claims) {
        Allocation allocation = FairShare.allocate(available, claims);

        long totalNeed = claims.stream().mapToLong(Claim::need).sum();
        long sum = allocation.shares().stream().mapToLong(Share::units).sum();
        assertThat(sum).isEqualTo(allocation.allocated()).isLessThanOrEqualTo(available);
        assertThat(sum + allocation.left()).isEqualTo(available);
        assertThat(allocation.shares()).extracting(Share::lineId).containsExactlyElementsOf(claims.stream().map(Claim::lineId).toList());
        for (int i = 0; i < claims.size(); i++) {
            assertThat(allocation.shares().get(i).units()).isBetween(0, claims.get(i).need());
        }
        if (available < totalNeed) {
            assertThat(allocation.left()).as("units left while needs wait").isZero();
        } else {
            assertThat(allocation.shares()).extracting(Share::units).containsExactlyElementsOf(claims.stream().map(Claim::need).toList());
            assertThat((long) allocation.left()).isEqualTo(available - totalNeed);
        }
    }

    @Property(tries = 3000)
    void each_line_is_within_one_unit_of_its_water_filled_quota(@ForAll("available") int available,
            @ForAll("claims") List<Claim> claims) {
        Allocation allocation = FairShare.allocate(available, claims);
        List<Fraction> quotas = waterFilledQuotas(available, claims);

        for (int i = 0; i < claims.size(); i++) {
            Fraction quota = quotas.get(i);
            BigInteger units = BigInteger.valueOf(allocation.shares().get(i).units());
            // |units − num/den| < 1  ⇔  |units × den − num| < den
            assertThat(units.multiply(quota.den).subtract(quota.num).abs())
                    .as("line %d: %s units for a quota of %s/%s", i, units, quota.num, quota.den)
                    .isLessThan(quota.den);
        }
    }

    @Property(tries = 3000)
    void units_rounded_up_have_the_largest_remainders(@ForAll("available") int available,
            @ForAll("claims") List<Claim> claims) {
        Allocation allocation = FairShare.allocate(available, claims);
        List<Fraction> quotas = waterFilledQuotas(available, claims);

        // Among lines with a fractional quota, every line rounded up comes before every line rounded
        // down: larger remainder, else earlier submission, else smaller id.
        List<Integer> up = new ArrayList<>();
        List<Integer> down = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Fraction quota = quotas.get(i);
            if (quota.num.mod(quota.den).signum() == 0) {
                continue;
            }
            BigInteger units = BigInteger.valueOf(allocation.shares().get(i).units());
            (units.multiply(quota.den).compareTo(quota.num) > 0 ? up : down).add(i);
        }
        for (int u : up) {
            for (int d : down) {
                assertThat(before(claims.get(u), quotas.get(u), claims.get(d), quotas.get(d)))
                        .as("line %d rounded up, line %d rounded down", u, d).isTrue();
            }
        }
    }

    @Property(tries = 1000)
    void the_order_of_the_claims_does_not_matter(@ForAll("available") int available, @ForAll("claims") List<Claim> claims,
            @ForAll Random random) {
        List<Claim> shuffled = new ArrayList<>(claims);
        Collections.shuffle(shuffled, random);

        assertThat(unitsById(FairShare.allocate(available, shuffled))).isEqualTo(unitsById(FairShare.allocate(available, claims)));
    }

    @Provide
    Arbitrary<Integer> available() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 300)),
                Tuple.of(1, Arbitraries.integers().between(0, Integer.MAX_VALUE)));
    }

    @Provide
    Arbitrary<List<Claim>> claims() {
        Arbitrary<UUID> ids = Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
        Arbitrary<Integer> needs = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(1, 60)),
                Tuple.of(1, Arbitraries.integers().between(1, Integer.MAX_VALUE)));
        Arbitrary<BigDecimal> ftes = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
                // few distinct weights, so that remainders tie
                Tuple.of(3, Arbitraries.of("0.5", "1", "1.00", "2", "3", "4.5").map(BigDecimal::new)),
                Tuple.of(4, Arbitraries.longs().between(1, 5_000).map(hundredths -> BigDecimal.valueOf(hundredths, 2))),
                Tuple.of(1, Arbitraries.longs().between(1, FairShare.MAX_WEIGHT_HUNDREDTHS)
                        .map(hundredths -> BigDecimal.valueOf(hundredths, 2))))
                .injectNull(0.1);
        // few distinct times too, so that submissions tie
        Arbitrary<Instant> submissions = Arbitraries.integers().between(0, 3).map(SUBMITTED::plusSeconds);
        return Combinators.combine(ids, needs, ftes, submissions).as(Claim::new)
                .list().ofMinSize(1).ofMaxSize(25).uniqueElements(Claim::lineId);
    }

    private static Map<UUID, Integer> unitsById(Allocation allocation) {
        Map<UUID, Integer> units = new HashMap<>();
        allocation.shares().forEach(share -> units.put(share.lineId(), share.units()));
        return units;
    }

    /** Whether line a goes before line b for a spare unit. */
    private static boolean before(Claim a, Fraction quotaA, Claim b, Fraction quotaB) {
        // fractional parts as fractions: (num mod den) / den
        int byRemainder = quotaA.num.mod(quotaA.den).multiply(quotaB.den)
                .compareTo(quotaB.num.mod(quotaB.den).multiply(quotaA.den));
        if (byRemainder != 0) {
            return byRemainder > 0;
        }
        int bySubmission = a.submittedAt().compareTo(b.submittedAt());
        if (bySubmission != 0) {
            return bySubmission < 0;
        }
        return a.lineId().toString().compareTo(b.lineId().toString()) < 0;
    }

    record Fraction(BigInteger num, BigInteger den) {
    }

    /**
     * The exact quotas, the slow way: while some line's quota reaches its need, give every such
     * line its need and share the rest again among the others.
     */
    static List<Fraction> waterFilledQuotas(int available, List<Claim> claims) {
        int n = claims.size();
        BigInteger[] weights = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            weights[i] = FairShare.weightOf(claims.get(i).fte()).movePointRight(2).toBigIntegerExact();
        }
        Fraction[] quotas = new Fraction[n];
        BigInteger stock = BigInteger.valueOf(available);
        boolean capped = true;
        while (capped) {
            capped = false;
            BigInteger totalWeight = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                if (quotas[i] == null) {
                    totalWeight = totalWeight.add(weights[i]);
                }
            }
            List<Integer> reached = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                BigInteger need = BigInteger.valueOf(claims.get(i).need());
                if (quotas[i] == null && stock.multiply(weights[i]).compareTo(need.multiply(totalWeight)) >= 0) {
                    reached.add(i);
                }
            }
            for (int i : reached) {
                quotas[i] = new Fraction(BigInteger.valueOf(claims.get(i).need()), BigInteger.ONE);
                stock = stock.subtract(quotas[i].num);
                capped = true;
            }
            if (!capped) {
                for (int i = 0; i < n; i++) {
                    if (quotas[i] == null) {
                        quotas[i] = new Fraction(stock.multiply(weights[i]), totalWeight);
                    }
                }
            }
        }
        return List.of(quotas);
    }
}
