package fr.relanceiae.directory;

import java.util.Collection;
import java.util.Set;

/**
 * The one "serves department" predicate, shared by the directory's department
 * filter and by sourcing's matching: an activity serves department {@code d}
 * when its range is DEPARTMENTS and lists {@code d}, or RADIUS and the structure
 * is located in {@code d}, or COUNTRY (unless nationwide activities are left out).
 *
 * <p>{@link #SQL} is the same rule for queries; a test keeps both in agreement.
 * The directory's search index stores {@link #servedDepartments} and whether the
 * range is nationwide, which is {@link #serves} taken apart.
 */
public final class Coverage {

    /**
     * SQL condition over an activity aliased {@code a} and its structure {@code s}, with
     * two named parameters: {@code :department} and {@code :includeNationwide}.
     */
    public static final String SQL = "((a.geo_range = 'DEPARTMENTS' and :department = any(a.geo_departments))"
            + " or (a.geo_range = 'RADIUS' and s.department = :department)"
            + " or (a.geo_range = 'COUNTRY' and :includeNationwide))";

    private Coverage() {
    }

    public static boolean serves(GeoRange range, Collection<String> activityDepartments, String structureDepartment,
            String department, boolean includeNationwide) {
        if (range == null || department == null) {
            return false;
        }
        if (range == GeoRange.COUNTRY) {
            return includeNationwide;
        }
        return servedDepartments(range, activityDepartments, structureDepartment).contains(department);
    }

    /** The departments a DEPARTMENTS or RADIUS range serves; none for COUNTRY, which serves them all. */
    public static Set<String> servedDepartments(GeoRange range, Collection<String> activityDepartments,
            String structureDepartment) {
        return switch (range) {
            case COUNTRY -> Set.of();
            case DEPARTMENTS -> activityDepartments == null ? Set.of() : Set.copyOf(activityDepartments);
            case RADIUS -> structureDepartment == null ? Set.of() : Set.of(structureDepartment);
        };
    }
}
