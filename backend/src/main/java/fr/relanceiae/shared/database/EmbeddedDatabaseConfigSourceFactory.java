package fr.relanceiae.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import fr.relanceiae.shared.security.KeyPairFiles;
import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * The zero-configuration default: when no datasource URL is configured, start an
 * embedded PostgreSQL on {@code relance.data-dir}/db, turn demo data on, and use
 * (or create once) a JWT key pair in {@code relance.data-dir}/keys.
 *
 * <p>Runs only at run time (never during {@code package}) and never in the test
 * profile, whose test resource starts a throwaway server instead.
 */
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

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT
                || context.getProfiles().contains("test")
                || isSet(context, "quarkus.datasource.jdbc.url")) {
            return List.of();
        }
        Path dataDir = Path.of(context.getValue("relance.data-dir").getValue()).toAbsolutePath();
        String jdbcUrl = startOnce(dataDir.resolve("db"));

        Map<String, String> values = new HashMap<>();
        values.put("quarkus.datasource.jdbc.url", jdbcUrl);
        values.put("quarkus.datasource.username", EmbeddedDatabase.USER);
        values.put("quarkus.datasource.password", "");
        values.put("relance.database.embedded", "true");
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
