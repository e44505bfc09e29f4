import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import fr.relanceiae.supply.allocation.FairShare;

/**
 * FairShare alone, in memory (a script, not a test): 20 products × 10,000 backordered lines with
 * 300 structures' FTE (an allocation run at issue 11's scale), shared ROUNDS times; prints each
 * round's time. The first rounds are what an allocation run meets in the app (it runs a few times
 * a day, its code far from compiled); the last ones, the plateau.
 *
 *   cd backend && ./mvnw -q compile -DskipFrontend && java -cp target/classes bench/FairShareBench.java [ROUNDS]
 */
public class FairShareBench {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Random random = new Random(1);
        BigDecimal[] ftes = new BigDecimal[300];
        for (int i = 0; i < ftes.length; i++) {
            ftes[i] = BigDecimal.valueOf(random.nextInt(5000), 2);
        }
        List<List<FairShare.Claim>> products = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            List<FairShare.Claim> claims = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                claims.add(new FairShare.Claim(UUID.randomUUID(), 1 + random.nextInt(10), ftes[random.nextInt(300)],
                        Instant.ofEpochSecond(1_700_000_000L + random.nextInt(1_000_000))));
            }
            products.add(claims);
        }
        StringBuilder times = new StringBuilder();
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (List<FairShare.Claim> claims : products) {
                FairShare.allocate(27_000, claims);
            }
            times.append(round == 0 ? "" : " ").append((System.nanoTime() - start) / 1_000_000);
        }
        System.out.println("FairShare, 20 × 10,000 claims, ms per round: " + times);
    }
}
