package fr.relanceiae.sourcing.request;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import fr.relanceiae.reference.PrestaType;
import fr.relanceiae.reference.StructureKind;
import fr.relanceiae.sourcing.matching.MatchCriteria;

/**
 * A sourcing request, saved or being typed, as matching reads it. Unknown presta
 * types or kinds in an unsaved request are left out (the potential counter is asked
 * while the buyer types; saving reports them).
 */
public final class RequestCriteria {

    private RequestCriteria() {
    }

    /** A saved request, its exclusions applied when {@code withExclusions}. */
    public static MatchCriteria of(SourcingRequest request, boolean withExclusions) {
        MatchCriteria.Builder builder = MatchCriteria.builder()
                .sectors(List.of(request.sectors))
                .prestaTypes(known(List.of(request.prestaTypes), PrestaType::valueOf))
                .kinds(known(List.of(request.kinds), StructureKind::valueOf))
                .departments(List.of(request.departments))
                .point(request.latitude, request.longitude, toDouble(request.radiusKm), request.placeDepartment)
                .includeNationwide(request.includeNationwide)
                .text(request.title, request.description);
        if (withExclusions) {
            builder.excludedStructureIds(Arrays.asList(request.excludedStructureIds));
        }
        return builder.build();
    }

    /** A request as typed (possibly incomplete), its exclusions applied. */
    public static MatchCriteria of(SourcingRequestInput input) {
        return MatchCriteria.builder()
                .sectors(input.sectors())
                .prestaTypes(known(input.prestaTypes(), PrestaType::valueOf))
                .kinds(known(input.kinds(), StructureKind::valueOf))
                .departments(input.departments())
                .point(input.lat(), input.lon(), toDouble(input.radiusKm()), input.department())
                .includeNationwide(input.includeNationwide())
                .text(input.title(), input.description())
                .excludedStructureIds(input.excludedStructureIds())
                .build();
    }

    private static Double toDouble(Integer value) {
        return value == null ? null : value.doubleValue();
    }

    private static <E> List<E> known(Collection<String> names, Function<String, E> valueOf) {
        if (names == null) {
            return List.of();
        }
        return names.stream().filter(Objects::nonNull).map(name -> {
            try {
                return valueOf.apply(name.strip());
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }).filter(Objects::nonNull).toList();
    }
}
