package fr.relanceiae.sourcing.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;

/**
 * A buyer's need as matching reads it. Built with {@link #builder()} from a sourcing request, complete
 * or not (the "potential" counter is asked while the buyer types): every part may be missing, and
 * what is incomplete is read as follows.
 * <ul>
 * <li>No sector (or only unknown slugs): nothing matches — a need without a trade would otherwise
 * count the whole directory, which tells the buyer nothing. {@link #isMatchable()} says so.</li>
 * <li>No place — neither departments nor a whole point (lat, lon and a positive radius): nothing
 * matches either, for the same reason. A point wins over departments when both are given.</li>
 * <li>No presta type: any; no kind: every kind; no text: the score leaves text relevance out.</li>
 * </ul>
 * {@code sectors} are sector or group slugs as the request names them; {@link #resolvedWith} turns
 * them into sector slugs and fills in the point's department from the nearest commune.
 *
 * @param sectors              sector slugs, or group slugs meaning all of the group's sectors
 * @param prestaTypes          empty: any
 * @param kinds                empty: every kind
 * @param place                null: none (yet)
 * @param includeNationwide    whether activities covering the whole country count
 * @param text                 the request's title and description, searched in the structures' offers
 *                             and descriptions (empty: none)
 * @param excludedStructureIds structures never matched
 */
public record MatchCriteria(Set<String> sectors, Set<PrestaType> prestaTypes, Set<StructureKind> kinds, Place place,
        boolean includeNationwide, String text, Set<UUID> excludedStructureIds) {

    /** Where the need is: departments, or a point with a radius. */
    public sealed interface Place permits InDepartments, AroundPoint {
    }

    /** @param codes department codes (INSEE), in code order */
    public record InDepartments(List<String> codes) implements Place {

        public InDepartments {
            codes = List.copyOf(new TreeSet<>(codes));
        }
    }

    /**
     * @param department the point's department; null until {@link MatchCriteria#resolvedWith} derives it
     *                   from the nearest commune
     */
    public record AroundPoint(double lat, double lon, double radiusKm, String department) implements Place {
    }

    public MatchCriteria {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        prestaTypes = prestaTypes == null ? Set.of() : Set.copyOf(prestaTypes);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        text = text == null ? "" : text.strip();
        excludedStructureIds = excludedStructureIds == null ? Set.of() : Set.copyOf(excludedStructureIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether anything can match: at least one sector and a place. */
    public boolean isMatchable() {
        return !sectors.isEmpty() && place != null;
    }

    /** The point, or null when the place is departments or missing. */
    public AroundPoint point() {
        return place instanceof AroundPoint point ? point : null;
    }

    /**
     * The same need with group slugs replaced by their sectors (unknown slugs dropped) and the point's
     * missing department taken from the nearest commune: what {@link MatchRule} reads.
     */
    public MatchCriteria resolvedWith(MatchReferences references) {
        Place resolvedPlace = place;
        if (place instanceof AroundPoint point && point.department() == null) {
            resolvedPlace = new AroundPoint(point.lat(), point.lon(), point.radiusKm(),
                    references.departmentNear(point.lat(), point.lon()).orElse(null));
        }
        return new MatchCriteria(references.sectorsOf(sectors), prestaTypes, kinds, resolvedPlace, includeNationwide,
                text, excludedStructureIds);
    }

    /** Collects a request's fields, any of them missing or null. */
    public static final class Builder {

        private final Set<String> sectors = new LinkedHashSet<>();
        private final Set<PrestaType> prestaTypes = new LinkedHashSet<>();
        private final Set<StructureKind> kinds = new LinkedHashSet<>();
        private final Set<String> departments = new TreeSet<>();
        private Double lat;
        private Double lon;
        private Double radiusKm;
        private String department;
        private boolean includeNationwide;
        private final List<String> texts = new ArrayList<>();
        private final Set<UUID> excluded = new LinkedHashSet<>();

        private Builder() {
        }

        public Builder sectors(Collection<String> slugs) {
            addAll(sectors, slugs);
            return this;
        }

        public Builder prestaTypes(Collection<PrestaType> types) {
            addAll(prestaTypes, types);
            return this;
        }

        public Builder kinds(Collection<StructureKind> allowed) {
            addAll(kinds, allowed);
            return this;
        }

        /** Presta types by code, as a request carries them; an unknown code (a request being typed) is left out. */
        public Builder prestaTypeCodes(Collection<String> codes) {
            addCodes(prestaTypes, PrestaType.class, codes);
            return this;
        }

        /** Kinds by code, as a request carries them; an unknown code is left out. */
        public Builder kindCodes(Collection<String> codes) {
            addCodes(kinds, StructureKind.class, codes);
            return this;
        }

        public Builder departments(Collection<String> codes) {
            addAll(departments, codes);
            return this;
        }

        /** A point; taken only when lat, lon and a positive radius are all there. */
        public Builder point(Double lat, Double lon, Number radiusKm, String department) {
            this.lat = lat;
            this.lon = lon;
            this.radiusKm = radiusKm == null ? null : radiusKm.doubleValue();
            this.department = department == null || department.isBlank() ? null : department.strip();
            return this;
        }

        public Builder includeNationwide(Boolean include) {
            this.includeNationwide = Boolean.TRUE.equals(include);
            return this;
        }

        /** The request's title and description (either may be null). */
        public Builder text(String title, String description) {
            for (String part : new String[] { title, description }) {
                if (part != null && !part.isBlank()) {
                    texts.add(part.strip());
                }
            }
            return this;
        }

        public Builder excludedStructureIds(Collection<UUID> ids) {
            addAll(excluded, ids);
            return this;
        }

        public MatchCriteria build() {
            return new MatchCriteria(sectors, prestaTypes, kinds, place(), includeNationwide, String.join("\n", texts),
                    excluded);
        }

        private Place place() {
            boolean wholePoint = lat != null && lon != null && radiusKm != null && Double.isFinite(lat)
                    && Double.isFinite(lon) && Double.isFinite(radiusKm) && radiusKm > 0
                    && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
            if (wholePoint) {
                return new AroundPoint(lat, lon, radiusKm, department);
            }
            return departments.isEmpty() ? null : new InDepartments(List.copyOf(departments));
        }

        private static <E extends Enum<E>> void addCodes(Set<E> into, Class<E> type, Collection<String> codes) {
            if (codes != null) {
                for (String code : codes) {
                    for (E constant : type.getEnumConstants()) {
                        if (constant.name().equals(code)) {
                            into.add(constant);
                        }
                    }
                }
            }
        }

        private static <T> void addAll(Set<T> into, Collection<T> values) {
            if (values != null) {
                values.stream().filter(value -> value != null && !(value instanceof String s && s.isBlank()))
                        .forEach(into::add);
            }
        }
    }
}
