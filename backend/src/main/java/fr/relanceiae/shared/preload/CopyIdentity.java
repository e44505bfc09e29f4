package fr.relanceiae.shared.preload;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.jboss.logging.Logger;

/**
 * What a copy saved on disk between two starts (the search index, the matching snapshot) must
 * have been written by to be read back: the same build of the app and the same database. Each
 * copy adds what else its content depends on.
 */
public final class CopyIdentity {

    private static final Logger LOG = Logger.getLogger(CopyIdentity.class);

    private CopyIdentity() {
    }

    /**
     * The build and the database a copy is written for, as one string; null when either cannot be
     * told (the copy is then neither read nor written).
     *
     * @param build the app's build ({@link #build()}, or a name given by a test)
     */
    public static String of(String build, Connection connection) {
        if (build == null) {
            return null;
        }
        String database = database(connection);
        return database == null ? null : "build " + build + "; database " + database;
    }

    /**
     * The app's build, as the size and time of the jar its classes come from; null when they do
     * not come from a jar (dev mode: a class recompiled in place would not show in the folder's
     * time, so no copy is trusted there).
     */
    public static String build() {
        try {
            CodeSource source = CopyIdentity.class.getProtectionDomain().getCodeSource();
            Path path = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(path)) {
                return null;
            }
            return Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The database: its cluster's identifier and its oid (a database created again has other
     * stamps); null when the role may not read them.
     */
    private static String database(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select (select system_identifier from pg_control_system())::text"
                        + " || '/' || (select oid from pg_database where datname = current_database())::text")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) { // a role without the right to read the cluster's identifier
            LOG.warn("The database could not be identified: the copies kept between starts are neither saved nor read back", e);
            return null;
        }
    }
}
