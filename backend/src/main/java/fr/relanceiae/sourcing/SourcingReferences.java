package fr.relanceiae.sourcing;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.OrganisationKind;
import fr.relanceiae.reference.CommuneView;
import fr.relanceiae.reference.DepartmentView;
import fr.relanceiae.reference.ReferenceCatalog;
import fr.relanceiae.reference.SectorGroupView;

/**
 * The reference data sourcing requests and ongoing contracts name, from the {@link ReferenceCatalog}:
 * sector and group slugs, departments (codes and names), the department of a point, and
 * the buyer organisations they may be written for.
 */
@ApplicationScoped
public class SourcingReferences {

    private final ReferenceCatalog catalog;
    private final Set<String> sectorOrGroupSlugs;
    private final Map<String, String> departmentNames;

    public SourcingReferences(ReferenceCatalog catalog) {
        this.catalog = catalog;
        Set<String> slugs = new HashSet<>(catalog.sectorSlugs());
        catalog.sectors().items().stream().map(SectorGroupView::slug).forEach(slugs::add);
        sectorOrGroupSlugs = Set.copyOf(slugs);
        departmentNames = catalog.departments().items().stream()
                .collect(Collectors.toUnmodifiableMap(DepartmentView::code, DepartmentView::name));
    }

    /** A sector slug, or a group slug (meaning all its sectors). */
    public boolean isSectorOrGroup(String slug) {
        return sectorOrGroupSlugs.contains(slug);
    }

    public boolean isDepartment(String code) {
        return departmentNames.containsKey(code);
    }

    public String departmentName(String code) {
        return departmentNames.getOrDefault(code, code);
    }

    /** The departments' names for people: "Paris, Seine-Saint-Denis" (and "et 3 autres" beyond three). */
    public String departmentNames(List<String> codes) {
        List<String> names = codes.stream().map(code -> departmentName(code) + " (" + code + ")").toList();
        if (names.size() <= 3) {
            return String.join(", ", names);
        }
        int others = names.size() - 3;
        return String.join(", ", names.subList(0, 3)) + " et " + others + (others == 1 ? " autre" : " autres");
    }

    /** An organisation a request or an ongoing contract may be for: an active public or private buyer. */
    public static boolean isActiveBuyerOrganisation(UUID id) {
        Organisation organisation = id == null ? null : Organisation.findById(id);
        return organisation != null && organisation.active && OrganisationKind.BUYERS.contains(organisation.kind);
    }

    /** The department of the commune nearest to the point. */
    public Optional<String> departmentOfPoint(double latitude, double longitude) {
        return catalog.nearestCommune(latitude, longitude).map(CommuneView::departmentCode);
    }
}
