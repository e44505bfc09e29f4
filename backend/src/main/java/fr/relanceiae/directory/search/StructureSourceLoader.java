package fr.relanceiae.directory.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;

/**
 * Reads structures, their activities and their offers in three statements per
 * thousand structures: the index's documents, and the summaries of any list.
 */
final class StructureSourceLoader {

    private static final int CHUNK = 1000;
    private static final String STRUCTURES = "select s.id, s.siret, s.name, s.brand, s.kind, s.post_code, s.city,"
            + " s.department, s.latitude, s.longitude, s.insertion_fte, s.labels, s.networks, s.active,"
            + " s.completion_rate, s.siren, s.sort_name, s.description, s.search_xid::text,"
            + " coalesce(s.email, '') <> '' or coalesce(s.phone, '') <> '' or coalesce(s.website, '') <> ''"
            + " from structure s where s.id = any(?)";
    private static final String ACTIVITIES = "select a.structure_id, a.sector_slug, a.presta_types, a.geo_range,"
            + " a.geo_departments from structure_activity a where a.structure_id = any(?) order by a.sector_slug";
    private static final String OFFERS = "select o.structure_id, o.title, o.description from offer o"
            + " where o.structure_id = any(?) order by o.created_at, o.id";

    private StructureSourceLoader() {
    }

    /** The structures of these ids that exist, in no particular order. */
    static List<StructureSource> load(Connection connection, List<UUID> ids)
            throws SQLException {
        List<StructureSource> loaded = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            loadChunk(connection, ids.subList(from, Math.min(ids.size(), from + CHUNK)), loaded);
        }
        return loaded;
    }

    private static void loadChunk(Connection connection, List<UUID> ids, List<StructureSource> loaded) throws SQLException {
        Array idArray = connection.createArrayOf("uuid", ids.toArray());
        Map<UUID, List<StructureSource.Activity>> activities = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(ACTIVITIES)) {
            statement.setArray(1, idArray);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    activities.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new StructureSource.Activity(rows.getString(2),
                                    strings(rows.getArray(3)).stream().map(PrestaType::valueOf).toList(),
                                    GeoRange.valueOf(rows.getString(4)), strings(rows.getArray(5))));
                }
            }
        }
        Map<UUID, List<String[]>> offers = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(OFFERS)) {
            statement.setArray(1, idArray);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    offers.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new String[] { rows.getString(2), rows.getString(3) });
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(STRUCTURES)) {
            statement.setArray(1, idArray);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    loaded.add(structure(rows, activities.getOrDefault(id, List.of()), offers.getOrDefault(id, List.of())));
                }
            }
        }
    }

    private static StructureSource structure(ResultSet row, List<StructureSource.Activity> activities,
            List<String[]> offers) throws SQLException {
        String department = row.getString(8);
        TreeSet<String> sectors = new TreeSet<>();
        TreeSet<PrestaType> prestaTypes = new TreeSet<>((a, b) -> a.name().compareTo(b.name()));
        for (StructureSource.Activity activity : activities) {
            sectors.add(activity.sector());
            prestaTypes.addAll(activity.prestaTypes());
        }
        StructureSummary summary = new StructureSummary(row.getObject(1, UUID.class), row.getString(2),
                row.getString(3), row.getString(4), StructureKind.valueOf(row.getString(5)), row.getString(6),
                row.getString(7), department, row.getObject(9, Double.class), row.getObject(10, Double.class),
                row.getBigDecimal(11), List.copyOf(sectors), List.copyOf(prestaTypes), strings(row.getArray(12)),
                strings(row.getArray(13)), offers.size(), row.getBoolean(14), row.getInt(15), null);
        IndexedStructure indexed = new IndexedStructure(summary,
                IndexedStructure.nameOrder(row.getString(17), summary.id()), row.getString(19));
        return new StructureSource(indexed, row.getString(16), row.getString(18),
                offers.stream().map(offer -> offer[0]).toList(),
                offers.stream().map(offer -> offer[1]).filter(text -> text != null).toList(), List.copyOf(activities),
                row.getBoolean(20));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
