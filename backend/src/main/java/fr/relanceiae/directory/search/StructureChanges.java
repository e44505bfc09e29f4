package fr.relanceiae.directory.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one check of the database finds about structures (see V12): the structures
 * stamped by a transaction at least as recent as {@code seenUpTo}, each with its
 * stamp, and those removed since; {@code oldestRunning} is the next check's
 * {@code seenUpTo}. Read by the {@link DirectoryIndex} and handed to its followers,
 * which each compare the stamps with those of their own copy.
 */
public record StructureChanges(String oldestRunning, Map<UUID, String> stamps, List<UUID> removed) {

    private static final String CHANGES = "select pg_snapshot_xmin(pg_current_snapshot())::text,"
            + " array(select s.id::text || ' ' || s.search_xid::text from structure s"
            + "       where s.search_xid >= cast(? as xid8)),"
            + " array(select r.structure_id::text from structure_search_removal r"
            + "       where r.removed_xid >= cast(? as xid8))";

    /** The oldest transaction running now: any write a read that starts now misses is stamped at least this. */
    static String oldestRunning(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_snapshot_xmin(pg_current_snapshot())::text");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    /** Every structure with its stamp (and every removal logged): a copy read from disk is compared with it. */
    public static StructureChanges all(Connection connection) throws SQLException {
        return since(connection, "0");
    }

    static StructureChanges since(Connection connection, String seenUpTo) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CHANGES)) {
            statement.setString(1, seenUpTo);
            statement.setString(2, seenUpTo);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Map<UUID, String> stamps = new HashMap<>();
                for (String entry : (String[]) row.getArray(2).getArray()) {
                    int space = entry.indexOf(' ');
                    stamps.put(UUID.fromString(entry.substring(0, space)), entry.substring(space + 1));
                }
                List<UUID> removed = new ArrayList<>();
                for (String id : (String[]) row.getArray(3).getArray()) {
                    removed.add(UUID.fromString(id));
                }
                return new StructureChanges(row.getString(1), Map.copyOf(stamps), List.copyOf(removed));
            }
        }
    }
}
