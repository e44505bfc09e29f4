package fr.relanceiae.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.lucene.search.Query;

import fr.relanceiae.directory.FacetCount;
import fr.relanceiae.directory.StructureFacets;
import fr.relanceiae.directory.StructureSearchPage;
import fr.relanceiae.directory.StructureSearchQuery;
import fr.relanceiae.directory.StructureSort;
import fr.relanceiae.directory.StructureSummary;
import fr.relanceiae.reference.StructureKind;

/**
 * Directory searches on the {@link DirectoryIndex}: the words are first matched
 * exactly; only when that finds nothing may they be names' words with a typo.
 * The total and the facets count every match; the page's summaries come from the
 * index too, so a search does not read the structures' rows.
 */
@ApplicationScoped
public class StructureSearch {

    private final DirectoryIndex index;
    private final EntityManager entityManager;

    public StructureSearch(DirectoryIndex index, EntityManager entityManager) {
        this.index = index;
        this.entityManager = entityManager;
    }

    public StructureSearchPage search(StructureSearchQuery query) {
        List<FrenchText.Word> words = StructureQueries.words(query);
        MatchCollector.Order order = order(query, words);
        return index.search((searcher, references) -> {
            MatchCollector matches = matches(searcher, references, query, words, order == MatchCollector.Order.RELEVANCE);
            int[] page = matches.firstInOrder(order, (query.page + 1) * query.size);
            List<StructureSummary> items = new ArrayList<>(query.size);
            for (int i = query.page * query.size; i < page.length; i++) {
                StructureSummary summary = searcher.structure(page[i]).summary();
                if (query.hasPoint()) {
                    double distance = Distance.km(query.lat, query.lon, searcher.latitude(page[i]),
                            searcher.longitude(page[i]));
                    summary = summary.withDistanceKm(Math.round(distance * 100) / 100.0);
                }
                items.add(summary);
            }
            StructureFacets facets = query.facets ? facets(searcher, references, matches) : null;
            return new StructureSearchPage(items, query.page, query.size, matches.count(), facets);
        });
    }

    /** The ids of every structure the search finds, in the search's order (the export's). */
    public List<UUID> matchingIds(StructureSearchQuery query) {
        List<FrenchText.Word> words = StructureQueries.words(query);
        MatchCollector.Order order = order(query, words);
        return index.search((searcher, references) -> {
            MatchCollector matches = matches(searcher, references, query, words, order == MatchCollector.Order.RELEVANCE);
            List<UUID> ids = new ArrayList<>(matches.count());
            for (int doc : matches.firstInOrder(order, matches.count())) {
                ids.add(searcher.structure(doc).summary().id());
            }
            return ids;
        });
    }

    /** An organisation's structures, deactivated ones included, by name. */
    @SuppressWarnings("unchecked")
    public List<StructureSummary> ofOrganisation(UUID organisationId) {
        List<UUID> ids = entityManager.createNativeQuery("select s.id from structure s"
                + " where s.organisation_id = :organisation order by s.sort_name, s.id")
                .setParameter("organisation", organisationId).getResultList();
        return index.load(ids).stream().map(IndexedStructure::summary).toList();
    }

    /**
     * The exact matches; when there are none, the matches of the query where the words the
     * directory does not know at all (likely typos) may be names' words with a typo. Known
     * words that find nothing together are not typos: no second search then.
     */
    private static MatchCollector matches(DirectorySearcher searcher, SearchReferences references,
            StructureSearchQuery query, List<FrenchText.Word> words, boolean scored) throws IOException {
        MatchCollector exact = collect(searcher, StructureQueries.of(query, references, words, Set.of()), query,
                scored);
        if (exact.count() > 0) {
            return exact;
        }
        Set<FrenchText.Word> unknown = new HashSet<>();
        for (FrenchText.Word word : words) {
            if (!StructureQueries.known(searcher, word)) {
                unknown.add(word);
            }
        }
        if (unknown.isEmpty()) {
            return exact;
        }
        return collect(searcher, StructureQueries.of(query, references, words, unknown), query, scored);
    }

    private static MatchCollector collect(DirectorySearcher searcher, Query luceneQuery, StructureSearchQuery query,
            boolean scored) throws IOException {
        MatchCollector matches = new MatchCollector(searcher, scored, query);
        searcher.search(luceneQuery, matches);
        return matches;
    }

    private static MatchCollector.Order order(StructureSearchQuery query, List<FrenchText.Word> words) {
        StructureSort sort = query.effectiveSort();
        if (sort == StructureSort.relevance && !words.isEmpty()) {
            return MatchCollector.Order.RELEVANCE;
        }
        if (sort == StructureSort.distance && query.hasPoint()) {
            return MatchCollector.Order.DISTANCE;
        }
        return MatchCollector.Order.NAME;
    }

    private static StructureFacets facets(DirectorySearcher searcher, SearchReferences references,
            MatchCollector matches) {
        long[] kinds = new long[references.kindLabels().length];
        long[] groups = new long[references.groupSlugs().size()];
        long[] departments = new long[references.departmentCodes().size()];
        long groupBits = (1L << DirectorySearcher.MAX_GROUPS) - 1;
        for (int i = 0; i < matches.count(); i++) {
            long values = searcher.facetValues(matches.doc(i));
            kinds[(int) (values >>> 52)]++;
            for (long bits = values & groupBits; bits != 0; bits &= bits - 1) {
                groups[Long.numberOfTrailingZeros(bits)]++;
            }
            int department = (int) ((values >>> 40) & 0xFFF) - 1;
            if (department >= 0) {
                departments[department]++;
            }
        }
        return new StructureFacets(
                facet(kinds, i -> StructureKind.values()[i].name(), i -> references.kindLabels()[i]),
                facet(groups, references.groupSlugs()::get, references.groupNames()::get),
                facet(departments, references.departmentCodes()::get, references.departmentNames()::get));
    }

    /** The non-zero counts, largest first, then by value. */
    private static List<FacetCount> facet(long[] counts, IntFunction<String> value, IntFunction<String> label) {
        List<FacetCount> facet = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && label.apply(i) != null) {
                facet.add(new FacetCount(value.apply(i), label.apply(i), counts[i]));
            }
        }
        facet.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return facet;
    }
}
