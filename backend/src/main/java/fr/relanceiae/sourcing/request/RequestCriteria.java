package fr.relanceiae.sourcing.request;

import java.util.Arrays;
import java.util.List;

import fr.relanceiae.sourcing.matching.MatchCriteria;

/**
 * A sourcing request, saved or being typed, as matching reads it. Unknown presta types
 * or kinds in an unsaved request are left out (the potential counter is asked while the
 * buyer types; saving reports them).
 */
public final class RequestCriteria {

    private RequestCriteria() {
    }

    /** A saved request, its exclusions applied when {@code withExclusions}. */
    public static MatchCriteria of(SourcingRequest request, boolean withExclusions) {
        MatchCriteria.Builder builder = MatchCriteria.builder()
                .sectors(List.of(request.sectors))
                .prestaTypeCodes(List.of(request.prestaTypes))
                .kindCodes(List.of(request.kinds))
                .departments(List.of(request.departments))
                .point(request.latitude, request.longitude, request.radiusKm, request.placeDepartment)
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
                .prestaTypeCodes(input.prestaTypes())
                .kindCodes(input.kinds())
                .departments(input.departments())
                .point(input.lat(), input.lon(), input.radiusKm(), input.department())
                .includeNationwide(input.includeNationwide())
                .text(input.title(), input.description())
                .excludedStructureIds(input.excludedStructureIds())
                .build();
    }
}
