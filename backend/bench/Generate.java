import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Loads benchmark data: runs generate.sql (next to this file) with N structures
 * and M offers per structure. A single-file program (java Generate.java …) so that
 * it runs wherever a JDK is, with the PostgreSQL driver on the class path:
 *
 *   java -cp postgresql.jar Generate.java jdbc:postgresql://host:port/db user password N M
 */
public class Generate {

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java -cp postgresql.jar Generate.java <jdbc-url> <user> <password> <structures> <offers-per-structure>");
            System.exit(2);
        }
        Path script = Path.of(System.getProperty("bench.dir", "."), "generate.sql");
        String sql = Files.readString(script)
                .replace("${structures}", Integer.toString(Integer.parseInt(args[3])))
                .replace("${offers}", Integer.toString(Integer.parseInt(args[4])));
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2]);
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            StringBuilder current = new StringBuilder();
            boolean inBody = false;
            for (String line : sql.split("\n")) {
                if (line.strip().startsWith("--") && current.isEmpty()) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.contains("$$")) {
                    inBody = line.indexOf("$$") == line.lastIndexOf("$$") ? !inBody : inBody;
                }
                if (!inBody && line.strip().endsWith(";")) {
                    statement.execute(current.toString());
                    current.setLength(0);
                }
            }
            connection.commit();
            // Bulk writes leave dead rows and stale statistics; a live table would have autovacuum.
            connection.setAutoCommit(true);
            statement.execute("VACUUM (ANALYZE) organisation, structure, structure_activity, offer");
        }
        System.out.printf("Generated %s structures with %s offers each in %.1f s%n", args[3], args[4],
                (System.nanoTime() - start) / 1e9);
    }
}
