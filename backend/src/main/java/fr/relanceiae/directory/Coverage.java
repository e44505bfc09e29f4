package fr.relanceiae.directory;

import java.util.Collection;

/**
 * The one "serves department" predicate, shared by the directory's department
 * filter and by sourcing's matching: an activity serves department {@code d}
 * when its range is DEPARTMENTS and lists {@code d}, or RADIUS and the structure
 * is located in {@code d}, or COUNTRY (unless nationwide activities are left out).
 *
 * <p>{@link #SQL} is the same rule for queries; a test keeps both in agreement.
 */
public final class Coverage {

    /**
     * SQL condition over an activity aliased {@code a} and its structure {@code s}, with
     * two named parameters: {@code :department} and {@code :includeNationwide}.
     */
    public static final String SQL = "((a.geo_range = 'DEPARTMENTS' and :department = any(a.geo_departments))"
            + " or (a.geo_range = 'RADIUS' and s.department = :department)"
            + " or (a.geo_range = 'COUNTRY' and :includeNationwide))";

    /**
     * The ids of the structures with an activity serving {@code :department} (same
     * parameters). Uncorrelated, so PostgreSQL computes it once per query rather
     * than once per structure.
     */
    public static final String SERVING_STRUCTURES_SQL = "select a.structure_id from structure_activity a"
            + " join structure s on s.id = a.structure_id where " + SQL;

    private Coverage() {
    }

    public static boolean serves(GeoRange range, Collection<String> activityDepartments, String structureDepartment,
            String department, boolean includeNationwide) {
        if (range == null || department == null) {
            return false;
        }
        return switch (range) {
            case COUNTRY -> includeNationwide;
            case DEPARTMENTS -> activityDepartments != null && activityDepartments.contains(department);
            case RADIUS -> department.equals(structureDepartment);
        };
    }
}
