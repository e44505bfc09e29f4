package fr.relanceiae.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;

import fr.relanceiae.directory.FacetCount;
import fr.relanceiae.directory.StructureFacets;
import fr.relanceiae.reference.StructureKind;

/**
 * The facets' counts, read from the index's doc values segment by segment, in document
 * order: the kind (its ordinal), the sector groups (slugs, as many as a structure has), the
 * location's department and whether it has contact details. A segment's ordinals are
 * numbered as in {@link SearchReferences} once per segment ({@link DirectorySearcher.Segment}),
 * so counting a match is adding to arrays, with nothing allocated per match.
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
            List<Disjunctive> sideways) throws IOException {
        FacetCounts counts = new FacetCounts(references);
        int match = 0;
        int miss = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            DirectorySearcher.Segment segment = searcher.segment(leaf);
            if (match < matches.count() && matches.doc(match) < end) {
                Columns columns = new Columns(leaf.reader());
                for (; match < matches.count() && matches.doc(match) < end; match++) {
                    int doc = matches.doc(match) - leaf.docBase;
                    counts.countKind(columns, doc);
                    counts.countGroups(columns, segment, doc);
                    counts.countDepartment(columns, segment, doc);
                    counts.countContact(columns, doc);
                }
            }
            if (miss < matches.missCount() && matches.missDoc(miss) < end) {
                Columns columns = new Columns(leaf.reader()); // fresh iterators: another run through the segment
                for (; miss < matches.missCount() && matches.missDoc(miss) < end; miss++) {
                    int doc = matches.missDoc(miss) - leaf.docBase;
                    switch (sideways.get(matches.missedFilter(miss))) {
                        case KINDS -> counts.countKind(columns, doc);
                        case SECTOR_GROUPS -> counts.countGroups(columns, segment, doc);
                    }
                }
            }
        }
        return new StructureFacets(
                facet(counts.kinds, i -> StructureKind.values()[i].name(), i -> references.kindLabels()[i]),
                facet(counts.groups, references.groupSlugs()::get, references.groupNames()::get),
                facet(counts.departments, references.departmentCodes()::get, references.departmentNames()::get),
                counts.withContact);
    }

    /** One segment's doc values, read forward (each iterator only moves to later documents). */
    private record Columns(NumericDocValues kind, SortedSetDocValues groups, SortedDocValues department,
            NumericDocValues contact) {

        Columns(LeafReader reader) throws IOException {
            this(reader.getNumericDocValues(StructureDocuments.KIND),
                    reader.getSortedSetDocValues(StructureDocuments.GROUP),
                    reader.getSortedDocValues(StructureDocuments.LOCATED),
                    reader.getNumericDocValues(StructureDocuments.WITH_CONTACT));
        }
    }

    private void countKind(Columns columns, int doc) throws IOException {
        if (columns.kind() != null && columns.kind().advanceExact(doc)) {
            kinds[(int) columns.kind().longValue()]++;
        }
    }

    private void countGroups(Columns columns, DirectorySearcher.Segment segment, int doc) throws IOException {
        SortedSetDocValues values = columns.groups();
        if (values != null && values.advanceExact(doc)) {
            for (int i = 0, n = values.docValueCount(); i < n; i++) {
                int group = segment.groupOfOrd()[(int) values.nextOrd()];
                if (group >= 0) {
                    groups[group]++;
                }
            }
        }
    }

    private void countDepartment(Columns columns, DirectorySearcher.Segment segment, int doc) throws IOException {
        if (columns.department() != null && columns.department().advanceExact(doc)) {
            int department = segment.departmentOfOrd()[columns.department().ordValue()];
            if (department >= 0) {
                departments[department]++;
            }
        }
    }

    private void countContact(Columns columns, int doc) throws IOException {
        if (columns.contact() != null && columns.contact().advanceExact(doc)) {
            withContact++;
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
