package fr.relanceiae.directory.search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.relanceiae.reference.StructureKind;

/**
 * The reference lists the search needs, read once (they only change with a
 * migration): the facets' labels, each sector's name and group. Kinds (by ordinal),
 * groups and departments are numbered so that counting a facet is adding to an array.
 */
record SearchReferences(String[] kindLabels, List<String> groupSlugs, List<String> groupNames,
        List<String> departmentCodes, List<String> departmentNames, Map<String, Integer> groupIndex,
        Map<String, Integer> departmentIndex, Map<String, String> groupOfSector, Map<String, String> sectorNames) {

    static SearchReferences load(Connection connection) throws SQLException {
        String[] kindLabels = new String[StructureKind.values().length];
        List<String> groupSlugs = new ArrayList<>();
        List<String> groupNames = new ArrayList<>();
        List<String> departmentCodes = new ArrayList<>();
        List<String> departmentNames = new ArrayList<>();
        Map<String, String> groupOfSector = new HashMap<>();
        Map<String, String> sectorNames = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select code, label from structure_kind")) {
                while (rows.next()) {
                    kindLabels[StructureKind.valueOf(rows.getString(1)).ordinal()] = rows.getString(2);
                }
            }
            try (ResultSet rows = statement.executeQuery("select slug, name from sector_group order by position")) {
                while (rows.next()) {
                    groupSlugs.add(rows.getString(1));
                    groupNames.add(rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("select code, name from department order by code")) {
                while (rows.next()) {
                    departmentCodes.add(rows.getString(1));
                    departmentNames.add(rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("select slug, group_slug, name from sector")) {
                while (rows.next()) {
                    groupOfSector.put(rows.getString(1), rows.getString(2));
                    sectorNames.put(rows.getString(1), rows.getString(3));
                }
            }
        }
        return new SearchReferences(kindLabels, List.copyOf(groupSlugs), List.copyOf(groupNames),
                List.copyOf(departmentCodes), List.copyOf(departmentNames), positions(groupSlugs),
                positions(departmentCodes), Map.copyOf(groupOfSector), Map.copyOf(sectorNames));
    }

    /** The sectors a slug names: itself, or every sector of a group. */
    List<String> sectorsOf(String slug) {
        if (groupIndex.containsKey(slug)) {
            return groupOfSector.entrySet().stream().filter(e -> e.getValue().equals(slug)).map(Map.Entry::getKey)
                    .toList();
        }
        return List.of(slug);
    }

    private static Map<String, Integer> positions(List<String> values) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            positions.put(values.get(i), i);
        }
        return Map.copyOf(positions);
    }
}
