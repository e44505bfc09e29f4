package fr.relanceiae.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.microprofile.config.spi.ConfigSource;

import fr.relanceiae.shared.security.KeyPairFiles;
import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * The zero-configuration default: when no datasource URL is configured, start an
 * embedded PostgreSQL on {@code relance.data-dir}/db, turn demo data on, use
 * (or create once) a JWT key pair in {@code relance.data-dir}/keys, and save the directory's
 * search index and the matching snapshot in {@code relance.data-dir}/search-index and
 * {@code relance.data-dir}/matching-snapshot between starts.
 *
 * <p>Runs only when the app starts (never during {@code package}) and never in the test
 * profile, whose test resource starts a throwaway server instead. The server is started
 * from the static initialisation, on a thread of its own, and its URL is given at run time:
 * its start (the binaries' archive hashed, the server's own start) overlaps the rest of
 * the static initialisation instead of coming after it.
 */
@StaticInitSafe
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    /** Above application.properties (250), below system properties (400) and env (300). */
    private static final int ORDINAL = 275;
    /** Defaults that application.properties, env and system properties override. */
    private static final int DEFAULTS_ORDINAL = 50;

    /**
     * Dev mode restarts the app in a new class loader of the same JVM: the URL of
     * the server already started is kept in a system property, not a static field.
     */
    private static final String STARTED_URL_PROPERTY = "relance.embedded-database.started-url";

    /** The server's start, begun at static initialisation, and on which data directory. */
    private static CompletableFuture<String> starting;
    private static Path startingDirectory;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ExecutionMode mode = ExecutionMode.current();
        if ((mode != ExecutionMode.STATIC_INIT && mode != ExecutionMode.RUNTIME_INIT)
                || context.getProfiles().contains("test")
                || isSet(context, "quarkus.datasource.jdbc.url")) {
            return List.of();
        }
        Path dataDir = Path.of(context.getValue("relance.data-dir").getValue()).toAbsolutePath();
        if (mode == ExecutionMode.STATIC_INIT) {
            starting(dataDir.resolve("db")); // no values at static init: the datasource is read at run time
            return List.of();
        }
        String jdbcUrl;
        try {
            jdbcUrl = starting(dataDir.resolve("db")).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }

        Map<String, String> values = new HashMap<>();
        values.put("quarkus.datasource.jdbc.url", jdbcUrl);
        values.put("quarkus.datasource.username", EmbeddedDatabase.USER);
        values.put("quarkus.datasource.password", "");
        values.put("relance.database.embedded", "true");
        // The directory's search index and the matching snapshot are saved beside the database they were
        // read from (DirectoryIndex, MatchingSnapshot).
        values.put("relance.search.saved-index", dataDir.resolve("search-index").toString());
        values.put("relance.matching.saved-snapshot", dataDir.resolve("matching-snapshot").toString());
        if (!isSet(context, "smallrye.jwt.sign.key.location") && !isSet(context, "smallrye.jwt.sign.key")) {
            KeyPairFiles keys = KeyPairFiles.ensure(dataDir.resolve("keys"));
            values.put("smallrye.jwt.sign.key.location", keys.privateKey().toUri().toString());
            values.put("mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString());
        }
        return List.of(
                new PropertiesConfigSource(values, "relance-embedded-database", ORDINAL),
                new PropertiesConfigSource(Map.of("relance.demo-data", "true"), "relance-embedded-defaults",
                        DEFAULTS_ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    /** The start of the server on this directory, begun on a thread of its own if it was not yet. */
    private static synchronized CompletableFuture<String> starting(Path dataDirectory) {
        if (starting == null || !startingDirectory.equals(dataDirectory)) {
            startingDirectory = dataDirectory;
            starting = CompletableFuture.supplyAsync(() -> startOnce(dataDirectory), task -> {
                Thread thread = new Thread(task, "embedded-postgres-start");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return starting;
    }

    private static synchronized String startOnce(Path dataDirectory) {
        String started = System.getProperty(STARTED_URL_PROPERTY);
        if (started != null) {
            return started;
        }
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.start(dataDirectory, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL on " + dataDirectory, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                database.close();
            } catch (IOException ignored) {
                // the JVM is exiting: nothing more to do
            }
        }, "embedded-postgres-stop"));
        System.setProperty(STARTED_URL_PROPERTY, database.jdbcUrl());
        return database.jdbcUrl();
    }
}
