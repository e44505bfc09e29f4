package fr.relanceiae.sourcing.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import fr.relanceiae.directory.Coverage;
import fr.relanceiae.directory.GeoRange;
import fr.relanceiae.directory.search.Distance;
import fr.relanceiae.reference.PrestaType;

/**
 * The exact rule of issue 10 (pure). Structure S matches need R when S is active, not excluded, of a
 * kind R allows, and has an activity A whose sector is among R's sectors, whose presta types share at
 * least one with R's (when R names any), and which covers R's place:
 * <ul>
 * <li>departments D: A serves some department of D ({@link Coverage#serves}, the directory's own
 * predicate), or A is COUNTRY and R includes nationwide structures;</li>
 * <li>a point P in department dP with radius R_km: S is located within R_km of P, or A is DEPARTMENTS
 * listing dP, or A is RADIUS and S lies within A's radius of P, or A is COUNTRY and R includes
 * nationwide structures. Without coordinates S matches a point only through DEPARTMENTS or COUNTRY.</li>
 * </ul>
 * The criteria are read {@linkplain MatchCriteria#resolvedWith resolved}: sector slugs, the point's
 * department known (or null: then no DEPARTMENTS activity covers it).
 */
public final class MatchRule {

    /** How an activity covers the place, best first (the reasons name the best way found). */
    public enum Way {
        /** The structure lies within the need's radius of its point. */
        NEAR_POINT,
        /** A DEPARTMENTS activity lists a department of the need (for a point: the point's). */
        IN_DEPARTMENT,
        /** A RADIUS activity: for departments, the structure lies in one; for a point, it reaches it. */
        WITHIN_OWN_RADIUS,
        /** A COUNTRY activity, the need including nationwide structures. */
        NATIONWIDE
    }

    /** One activity that makes S match, and how: {@code department} is the one served, for IN_DEPARTMENT and, with departments, WITHIN_OWN_RADIUS. */
    public record Ground(Candidate.CandidateActivity activity, Way way, String department) {
    }

    /**
     * Why S matches: its activities that do, best way first, and its distance from the point (null
     * without a point or without coordinates).
     */
    public record Result(List<Ground> grounds, Double distanceKm) {

        public Way bestWay() {
            return grounds.get(0).way();
        }
    }

    private MatchRule() {
    }

    /** Why the structure matches, or null when it does not. */
    public static Result match(MatchCriteria criteria, Candidate structure) {
        if (!structure.active() || criteria.place() == null
                || criteria.excludedStructureIds().contains(structure.id())
                || !criteria.kinds().isEmpty() && !criteria.kinds().contains(structure.kind())) {
            return null;
        }
        MatchCriteria.AroundPoint point = criteria.point();
        Double distance = null;
        boolean measured = false; // only for structures with an activity in the sectors: most have none
        List<Ground> grounds = null;
        for (Candidate.CandidateActivity activity : structure.activities()) {
            if (!criteria.sectors().contains(activity.sector()) || !sharesPrestaType(criteria, activity)) {
                continue;
            }
            if (point != null && !measured) {
                measured = true;
                distance = structure.hasCoordinates()
                        ? Distance.km(point.lat(), point.lon(), structure.latitude(), structure.longitude())
                        : null;
            }
            Ground ground = point != null ? coversPoint(criteria, point, structure, activity, distance)
                    : coversDepartments(criteria, structure, activity);
            if (ground != null) {
                if (grounds == null) {
                    grounds = new ArrayList<>(2);
                }
                grounds.add(ground);
            }
        }
        if (grounds == null) {
            return null;
        }
        grounds.sort((a, b) -> a.way().compareTo(b.way()));
        return new Result(Collections.unmodifiableList(grounds), distance);
    }

    private static boolean sharesPrestaType(MatchCriteria criteria, Candidate.CandidateActivity activity) {
        if (criteria.prestaTypes().isEmpty()) {
            return true;
        }
        for (PrestaType type : activity.prestaTypes()) {
            if (criteria.prestaTypes().contains(type)) {
                return true;
            }
        }
        return false;
    }

    private static Ground coversDepartments(MatchCriteria criteria, Candidate structure,
            Candidate.CandidateActivity activity) {
        MatchCriteria.InDepartments departments = (MatchCriteria.InDepartments) criteria.place();
        for (String department : departments.codes()) { // in code order: the reasons are stable
            if (Coverage.serves(activity.range(), activity.departments(), structure.department(), department,
                    criteria.includeNationwide())) {
                return switch (activity.range()) {
                    case COUNTRY -> new Ground(activity, Way.NATIONWIDE, null);
                    case DEPARTMENTS -> new Ground(activity, Way.IN_DEPARTMENT, department);
                    case RADIUS -> new Ground(activity, Way.WITHIN_OWN_RADIUS, department);
                };
            }
        }
        return null;
    }

    private static Ground coversPoint(MatchCriteria criteria, MatchCriteria.AroundPoint point, Candidate structure,
            Candidate.CandidateActivity activity, Double distance) {
        if (distance != null && distance <= point.radiusKm()) {
            return new Ground(activity, Way.NEAR_POINT, null);
        }
        return switch (activity.range()) {
            case DEPARTMENTS -> Coverage.serves(GeoRange.DEPARTMENTS, activity.departments(), structure.department(),
                    point.department(), criteria.includeNationwide())
                    ? new Ground(activity, Way.IN_DEPARTMENT, point.department())
                    : null;
            case RADIUS -> distance != null && activity.radiusKm() != null && distance <= activity.radiusKm()
                    ? new Ground(activity, Way.WITHIN_OWN_RADIUS, null)
                    : null;
            case COUNTRY -> criteria.includeNationwide() ? new Ground(activity, Way.NATIONWIDE, null) : null;
        };
    }
}
