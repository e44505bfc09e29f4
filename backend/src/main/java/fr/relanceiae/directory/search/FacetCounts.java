package fr.relanceiae.directory.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.lucene.index.LeafReaderContext;

import fr.relanceiae.reference.StructureKind;

/**
 * The facets' counts, from the index's doc values: the kind (its ordinal), the sector groups
 * (slugs, as many as a structure has), the location's department and whether it has contact
 * details, decoded once per segment and numbered as in {@link SearchReferences}
 * ({@link DirectorySearcher.Segment}), so that counting a match is adding to arrays, with
 * nothing allocated or decoded per match.
 */
final class FacetCounts {

    /**
     * The facets whose chosen values are alternatives (OR): each leaves its own filter out of
     * its counts, so that a value counts what choosing it too would find.
     */
    enum Disjunctive {
        KINDS, SECTOR_GROUPS
    }

    private final long[] kinds = new long[StructureKind.values().length];
    private final long[] groups;
    private final long[] departments;
    private long withContact;

    private FacetCounts(SearchReferences references) {
        groups = new long[references.groupSlugs().size()];
        departments = new long[references.departmentCodes().size()];
    }

    /**
     * Every facet counts the matches; a near miss (a document that fails only the filter of one
     * disjunctive facet, {@link MatchCollector}) counts in that facet only.
     *
     * @param sideways the disjunctive facets whose filter the collector checked, in its order
     */
    static StructureFacets of(DirectorySearcher searcher, SearchReferences references, MatchCollector matches,
            List<Disjunctive> sideways) {
        FacetCounts counts = new FacetCounts(references);
        int match = 0;
        int miss = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            DirectorySearcher.Segment segment = searcher.segment(leaf);
            for (; match < matches.count() && matches.doc(match) < end; match++) {
                int doc = matches.doc(match) - leaf.docBase;
                counts.kinds[segment.kinds()[doc]]++;
                counts.countGroups(segment, doc);
                int department = segment.departments()[doc];
                if (department >= 0) {
                    counts.departments[department]++;
                }
                if (segment.withContact().get(doc)) {
                    counts.withContact++;
                }
            }
            for (; miss < matches.missCount() && matches.missDoc(miss) < end; miss++) {
                int doc = matches.missDoc(miss) - leaf.docBase;
                switch (sideways.get(matches.missedFilter(miss))) {
                    case KINDS -> counts.kinds[segment.kinds()[doc]]++;
                    case SECTOR_GROUPS -> counts.countGroups(segment, doc);
                }
            }
        }
        return new StructureFacets(
                facet(counts.kinds, i -> StructureKind.values()[i].name(), i -> references.kindLabels()[i]),
                facet(counts.groups, references.groupSlugs()::get, references.groupNames()::get),
                facet(counts.departments, references.departmentCodes()::get, references.departmentNames()::get),
                counts.withContact);
    }

    private void countGroups(DirectorySearcher.Segment segment, int doc) {
        for (int i = segment.groupStarts()[doc], end = segment.groupStarts()[doc + 1]; i < end; i++) {
            int group = segment.groups()[i];
            if (group >= 0) {
                groups[group]++;
            }
        }
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
