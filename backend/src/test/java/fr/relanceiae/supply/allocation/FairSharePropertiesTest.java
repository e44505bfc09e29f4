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

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

import fr.relanceiae.supply.allocation.FairShare.Allocation;
import fr.relanceiae.supply.allocation.FairShare.Claim;
import fr.relanceiae.supply.allocation.FairShare.Share;

/**
 * Properties of {@link FairShare} over generated claims, checked against a plain water-filling
 * written the slow way (every round recomputes every quota as a fraction). The cases come from a
 * seeded generator: a failure names its seed, and {@code -Dfairshare.seed=…} replays the run.
 */
class FairSharePropertiesTest {

    private static final Instant SUBMITTED = Instant.parse("2026-03-16T09:00:00Z");
    private static final long SEED = Long.getLong("fairshare.seed", System.nanoTime());

    /** Runs a property over generated cases, each named by the run's seed and its number. */
    private static void forAll(int tries, BiConsumer<Integer, List<Claim>> property) {
        Random random = new Random(SEED);
        for (int i = 0; i < tries; i++) {
            int available = available(random);
            List<Claim> claims = claims(random);
            try {
                property.accept(available, claims);
            } catch (AssertionError failure) {
                throw new AssertionError("case " + i + " of seed " + SEED + " (-Dfairshare.seed=" + SEED + "): "
                        + available + " available for " + claims, failure);
            }
        }
    }

    @Test
    void every_unit_is_accounted_for() {
        forAll(3000, FairSharePropertiesTest::everyUnitIsAccountedFor);
    }

    private static void everyUnitIsAccountedFor(int available, List<Claim> claims) {
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

    @Test
    void each_line_is_within_one_unit_of_its_water_filled_quota() {
        forAll(3000, FairSharePropertiesTest::eachLineIsWithinOneUnit);
    }

    private static void eachLineIsWithinOneUnit(int available, List<Claim> claims) {
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

    @Test
    void units_rounded_up_have_the_largest_remainders() {
        forAll(3000, FairSharePropertiesTest::unitsRoundedUpHaveTheLargestRemainders);
    }

    private static void unitsRoundedUpHaveTheLargestRemainders(int available, List<Claim> claims) {
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

    @Test
    void the_order_of_the_claims_does_not_matter() {
        Random shuffling = new Random(SEED + 1);
        forAll(1000, (available, claims) -> {
            List<Claim> shuffled = new ArrayList<>(claims);
            Collections.shuffle(shuffled, shuffling);

            assertThat(unitsById(FairShare.allocate(available, shuffled)))
                    .isEqualTo(unitsById(FairShare.allocate(available, claims)));
        });
    }

    /** Mostly small stocks, sometimes any up to Integer.MAX_VALUE. */
    private static int available(Random random) {
        return random.nextInt(7) < 6 ? random.nextInt(301) : random.nextInt(Integer.MAX_VALUE);
    }

    /** 1 to 25 claims with distinct ids; few distinct weights and times, so that remainders and submissions tie. */
    private static List<Claim> claims(Random random) {
        int count = 1 + random.nextInt(25);
        List<Claim> claims = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        while (claims.size() < count) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            if (!ids.add(id)) {
                continue;
            }
            int need = random.nextInt(7) < 6 ? 1 + random.nextInt(60) : 1 + random.nextInt(Integer.MAX_VALUE - 1);
            claims.add(new Claim(id, need, fte(random), SUBMITTED.plusSeconds(random.nextInt(4))));
        }
        return claims;
    }

    /** None (1 in 10), 0, a few round values, hundredths up to 50, or any up to the heaviest weight. */
    private static BigDecimal fte(Random random) {
        if (random.nextInt(10) == 0) {
            return null;
        }
        int kind = random.nextInt(9);
        if (kind == 0) {
            return BigDecimal.ZERO;
        }
        if (kind <= 3) {
            return new BigDecimal(List.of("0.5", "1", "1.00", "2", "3", "4.5").get(random.nextInt(6)));
        }
        if (kind <= 7) {
            return BigDecimal.valueOf(1 + random.nextInt(5_000), 2);
        }
        return BigDecimal.valueOf(1 + (long) (random.nextDouble() * (FairShare.MAX_WEIGHT_HUNDREDTHS - 1)), 2);
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
