package fr.relanceiae.directory.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.relanceiae.reference.DepartmentView;
import fr.relanceiae.reference.ReferenceCatalog;
import fr.relanceiae.reference.SectorGroupView;
import fr.relanceiae.reference.SectorView;
import fr.relanceiae.reference.StructureKind;

/**
 * The reference lists the search needs, from the {@link ReferenceCatalog}: the
 * facets' labels, each sector's name and group. Kinds (by ordinal), groups and
 * departments are numbered so that counting a facet is adding to an array.
 */
record SearchReferences(String[] kindLabels, List<String> groupSlugs, List<String> groupNames,
        List<String> departmentCodes, List<String> departmentNames, Map<String, Integer> groupIndex,
        Map<String, Integer> departmentIndex, Map<String, String> groupOfSector, Map<String, String> sectorNames) {

    static SearchReferences load(ReferenceCatalog catalog) {
        String[] kindLabels = new String[StructureKind.values().length];
        catalog.structureKinds().items().forEach(kind -> kindLabels[kind.code().ordinal()] = kind.label());
        List<String> groupSlugs = new ArrayList<>();
        List<String> groupNames = new ArrayList<>();
        Map<String, String> groupOfSector = new HashMap<>();
        Map<String, String> sectorNames = new HashMap<>();
        for (SectorGroupView group : catalog.sectors().items()) {
            groupSlugs.add(group.slug());
            groupNames.add(group.name());
            for (SectorView sector : group.sectors()) {
                groupOfSector.put(sector.slug(), group.slug());
                sectorNames.put(sector.slug(), sector.name());
            }
        }
        List<String> departmentCodes = catalog.departments().items().stream().map(DepartmentView::code).toList();
        List<String> departmentNames = catalog.departments().items().stream().map(DepartmentView::name).toList();
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
