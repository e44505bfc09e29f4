package fr.relanceiae.sourcing.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.relanceiae.reference.CommuneCentres;
import fr.relanceiae.reference.CommuneView;
import fr.relanceiae.reference.DepartmentView;
import fr.relanceiae.reference.ReferenceCatalog;
import fr.relanceiae.reference.SectorGroupView;
import fr.relanceiae.reference.SectorView;

/**
 * The reference data matching reads, taken from the {@link ReferenceCatalog} once (it only changes
 * with a restart): each group's sectors, the French names of sectors and departments, and the
 * communes' centres to find a point's department. Plain data, so the rule, the score and the reasons
 * are tested without the application.
 */
public final class MatchReferences {

    private final Map<String, List<String>> sectorsOfGroup;
    private final Map<String, String> sectorNames;
    private final Map<String, String> departmentNames;
    private final CommuneCentres communeCentres;

    /** From plain lists (tests, the benchmark); the application uses {@link #of(ReferenceCatalog)}. */
    public MatchReferences(Map<String, List<String>> sectorsOfGroup, Map<String, String> sectorNames,
            Map<String, String> departmentNames, List<CommuneView> communes) {
        this.sectorsOfGroup = Map.copyOf(sectorsOfGroup);
        this.sectorNames = Map.copyOf(sectorNames);
        this.departmentNames = Map.copyOf(departmentNames);
        this.communeCentres = new CommuneCentres(communes);
    }

    public static MatchReferences of(ReferenceCatalog catalog) {
        Map<String, List<String>> sectorsOfGroup = new HashMap<>();
        Map<String, String> sectorNames = new HashMap<>();
        for (SectorGroupView group : catalog.sectors().items()) {
            sectorsOfGroup.put(group.slug(), group.sectors().stream().map(SectorView::slug).toList());
            group.sectors().forEach(sector -> sectorNames.put(sector.slug(), sector.name()));
        }
        Map<String, String> departmentNames = new HashMap<>();
        List<CommuneView> communes = new ArrayList<>(36_000);
        for (DepartmentView department : catalog.departments().items()) {
            departmentNames.put(department.code(), department.name());
            communes.addAll(catalog.communesOf(department.code()));
        }
        return new MatchReferences(sectorsOfGroup, sectorNames, departmentNames, communes);
    }

    /** The sector slugs these slugs name: a sector itself, a group all its sectors; unknown ones dropped. */
    public Set<String> sectorsOf(Collection<String> slugs) {
        Set<String> sectors = new LinkedHashSet<>();
        for (String slug : slugs) {
            if (sectorsOfGroup.containsKey(slug)) {
                sectors.addAll(sectorsOfGroup.get(slug));
            } else if (sectorNames.containsKey(slug)) {
                sectors.add(slug);
            }
        }
        return sectors;
    }

    /** The sector's French name (the slug only if the reference data lacks it, which the rules prevent). */
    public String sectorName(String slug) {
        return sectorNames.getOrDefault(slug, slug);
    }

    /** "Seine-Saint-Denis (93)". */
    public String departmentLabel(String code) {
        String name = departmentNames.get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    /** The department of the commune whose centre is nearest, or none without communes. */
    public Optional<String> departmentNear(double lat, double lon) {
        return communeCentres.nearest(lat, lon).map(CommuneView::departmentCode);
    }
}
