import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;

/**
 * Times the partner counter statement alone, as the app sends it (the SQL is read from
 * RateLimitCounters in target/classes, not copied): one connection in auto-commit, like the
 * app's pool, N statements in a row on one bucket (one client's requests) and on N buckets.
 *
 *   java -cp target/classes:<postgresql driver jar>:<jakarta.transaction-api jar> bench/CounterStatement.java <jdbc url> <user> <password> [n]
 */
public class CounterStatement {

    public static void main(String[] args) throws Exception {
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        Field field = Class.forName("fr.relanceiae.account.RateLimitCounters").getDeclaredField("HIT_PARTNER");
        field.setAccessible(true);
        String sql = (String) field.get(null);
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2]);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            run(statement, 2_000, false); // warm-up: server-side prepared statement, JIT
            report("one bucket (one client's requests)", run(statement, n, false));
            report("a new bucket each time", run(statement, n, true));
        }
    }

    private static long[] run(PreparedStatement statement, int n, boolean distinct) throws Exception {
        long[] nanos = new long[n];
        String run = Long.toString(System.nanoTime());
        for (int i = 0; i < n; i++) {
            String client = distinct ? "bench-" + run + "-" + i : "bench-one-" + run;
            long start = System.nanoTime();
            statement.setString(1, "partner:" + client);
            statement.setLong(2, 60_000);
            statement.setString(3, client);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
            }
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000;
        System.out.printf("RESULT counter statement, %s: %d statements, mean %.0f µs, p50 %.0f µs, p99 %.0f µs%n",
                label, nanos.length, mean, sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0);
    }
}
