package fr.relanceiae.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server keeps what was committed: across a clean restart and after the JVM is killed. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void data_survives_a_restart_on_the_same_directory() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, true)) {
            execute(first, "create table note (body text)", "insert into note values ('gardé')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir, true)) {
            assertThat(notes(second)).containsExactly("gardé");
        }
    }

    @Test
    void data_survives_a_kill_minus_9_of_the_jvm_and_the_leftover_server_is_stopped() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingApp.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null && !line.equals(CrashingApp.READY)) {
                output.add(line);
            }
            assertThat(line).as("child output: %s", output).isEqualTo(CrashingApp.READY);
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL is left running
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        long leftoverPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(leftoverPid)).as("PostgreSQL outlives the killed JVM").isPresent();

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir, true)) {
            assertThat(ProcessHandle.of(leftoverPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
            assertThat(notes(restarted)).containsExactly("écrit avant le kill -9");
        }
    }

    /** Started in its own JVM by the test above, then killed with SIGKILL. */
    public static final class CrashingApp {
        static final String READY = "READY";

        public static void main(String[] args) throws Exception {
            EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), true);
            execute(database, "create table note (body text)", "insert into note values ('écrit avant le kill -9')");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }

    static void execute(EmbeddedDatabase database, String... statements) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> notes(EmbeddedDatabase database) throws SQLException {
        List<String> notes = new ArrayList<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select body from note")) {
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
        }
        return notes;
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
    }

    static {
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

}
