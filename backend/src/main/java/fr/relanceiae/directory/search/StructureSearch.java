package fr.relanceiae.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.apache.lucene.search.Query;

import io.quarkus.runtime.StartupEvent;

/**
 * Directory searches on the {@link DirectoryIndex}: the words are matched as
 * {@link TextMatching} says (all of them, else with typos, else the most of them).
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

    /** Reads the trade synonyms at start: a wrong line in their file stops the start, naming it. */
    void readSynonyms(@Observes StartupEvent event) {
        Synonyms.shipped();
    }

    public StructureSearchPage search(StructureSearchQuery query) {
        List<FrenchText.Word> words = StructureQueries.words(query);
        MatchCollector.Order order = order(query, words);
        return index.search((searcher, references) -> {
            SidewaysFilters sideways = query.facets ? SidewaysFilters.of(query, references) : SidewaysFilters.none(query);
            TextMatching.Found<MatchCollector> found = matches(searcher, references, sideways.rest(), words, order,
                    sideways.filters());
            MatchCollector matches = found.matches();
            int[] page = matches.firstInOrder((query.page + 1) * query.size);
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
            StructureFacets facets = query.facets ? FacetCounts.of(searcher, references, matches, sideways.facets()) : null;
            return new StructureSearchPage(items, query.page, query.size, matches.count(), found.allWordsMatched(),
                    facets);
        });
    }

    /** The ids of every structure the search finds, in the search's order (the export's). */
    public List<UUID> matchingIds(StructureSearchQuery query) {
        List<FrenchText.Word> words = StructureQueries.words(query);
        MatchCollector.Order order = order(query, words);
        return index.search((searcher, references) -> {
            MatchCollector matches = matches(searcher, references, query, words, order, List.of()).matches();
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
     * The matches of the words as {@link TextMatching} finds them, with the query's filters.
     *
     * @param sideways filters taken out of {@code query} that a match must pass (see {@link SidewaysFilters})
     */
    private static TextMatching.Found<MatchCollector> matches(DirectorySearcher searcher, SearchReferences references,
            StructureSearchQuery query, List<FrenchText.Word> words, MatchCollector.Order order, List<Query> sideways)
            throws IOException {
        return TextMatching.find(searcher, words,
                text -> collect(searcher, StructureQueries.of(query, references, text), query, order, sideways),
                MatchCollector::count);
    }

    private static MatchCollector collect(DirectorySearcher searcher, Query luceneQuery, StructureSearchQuery query,
            MatchCollector.Order order, List<Query> sideways) throws IOException {
        MatchCollector matches = new MatchCollector(searcher, order, query, sideways);
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
        if (sort == StructureSort.name) {
            return MatchCollector.Order.NAME;
        }
        // Completeness, or relevance with no word to weigh (a SIREN): then as with no text at all.
        return query.hasPoint() && sort == StructureSort.relevance ? MatchCollector.Order.DISTANCE
                : MatchCollector.Order.COMPLETENESS;
    }
}
