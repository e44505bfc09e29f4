package fr.relanceiae.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from the binaries shipped in a Maven package.
 *
 * <p>The data directory is persistent (never cleaned at shutdown), commits are
 * synchronous, and a server left running by a crashed JVM (kill -9) is stopped
 * before the new one starts on the same directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on {@code dataDirectory} (created and initialised when empty).
     *
     * @param durable true for the app's own database (synchronous commit); tests may trade it for speed
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean durable) throws IOException {
        Files.createDirectories(dataDirectory);
        stopLeftoverServer(dataDirectory);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binariesDirectory().toFile())
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("max_connections", "100")
                // Above PostgreSQL's defaults (128 MB, and 4 MB of WAL buffers): an allocation run writes
                // hundreds of thousands of rows in one transaction, and waited on WAL buffers filled
                // and on dirty pages written out to make room (backend/bench/RESULTS.md, « Supplies »).
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("wal_buffers", "64MB")
                .setLocaleConfig("locale", "C.UTF-8")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        return new EmbeddedDatabase(server, dataDirectory);
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private static Path binariesDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"), "relance-iae-pg");
    }

    /**
     * After a kill -9 of the JVM, its PostgreSQL keeps running and holds the
     * data directory: stop it (fast shutdown, then kill) so the new server can start.
     */
    static void stopLeftoverServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        Optional<ProcessHandle> leftover = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(EmbeddedDatabase::isPostgres);
        if (leftover.isEmpty()) {
            return; // stale pid file: PostgreSQL recovers from it by itself
        }
        ProcessHandle process = leftover.get();
        LOG.warnf("Stopping the PostgreSQL server (pid %d) left running on %s", process.pid(), dataDirectory);
        signal(process.pid(), "INT"); // fast shutdown
        if (!waitForExit(process, Duration.ofSeconds(20))) {
            process.destroyForcibly();
            waitForExit(process, Duration.ofSeconds(10));
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }

    private static void signal(long pid, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL", e);
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }
}
