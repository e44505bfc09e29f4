package fr.relanceiae.directory.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.Query;


/**
 * The filters of a query's disjunctive facets ({@link FacetCounts.Disjunctive}) with chosen
 * values, taken out of the query: {@code rest} is searched, and {@link MatchCollector} checks
 * each of {@code filters} on what it finds, so that one pass gives both the matches and the
 * near misses the facets count (Lucene's "drill sideways", done in the collector).
 */
record SidewaysFilters(StructureSearchQuery rest, List<FacetCounts.Disjunctive> facets, List<Query> filters) {

    /** Nothing taken out: the facets count the matches only (or are not asked for). */
    static SidewaysFilters none(StructureSearchQuery query) {
        return new SidewaysFilters(query, List.of(), List.of());
    }

    static SidewaysFilters of(StructureSearchQuery query, SearchReferences references) {
        StructureSearchQuery rest = query.copy();
        List<FacetCounts.Disjunctive> facets = new ArrayList<>();
        List<Query> filters = new ArrayList<>();
        if (chosen(query.kind)) {
            rest.kind = null;
            StructureSearchQuery only = filterOnly(query);
            only.kind = query.kind;
            facets.add(FacetCounts.Disjunctive.KINDS);
            filters.add(StructureQueries.of(only, references, null));
        }
        if (chosen(query.sector)) {
            rest.sector = null; // the presta types stay in the rest: a structure must offer one anyway
            StructureSearchQuery only = filterOnly(query);
            only.sector = query.sector;
            only.prestaType = query.prestaType; // with presta types, on the same activity
            facets.add(FacetCounts.Disjunctive.SECTOR_GROUPS);
            filters.add(StructureQueries.of(only, references, null));
        }
        return facets.isEmpty() ? none(query) : new SidewaysFilters(rest, List.copyOf(facets), List.copyOf(filters));
    }

    /** A query with no filter but the one the caller sets (and the active flag, a filter of the rest too). */
    private static StructureSearchQuery filterOnly(StructureSearchQuery query) {
        StructureSearchQuery only = new StructureSearchQuery();
        only.active = query.active;
        return only;
    }

    private static boolean chosen(List<?> values) {
        return values != null && values.stream().anyMatch(value -> value != null && !value.toString().isBlank());
    }
}
