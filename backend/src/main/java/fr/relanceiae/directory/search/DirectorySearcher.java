package fr.relanceiae.directory.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/**
 * A searcher over one state of the index, with what each of its documents is:
 * the structure (by Lucene's document number), its rank in name order and its
 * coordinates. Built once per refresh, read by every search of that state. What
 * the facets count is in the index's doc values (see {@link FacetCounts}).
 */
final class DirectorySearcher extends IndexSearcher {

    private final IndexedStructure[] structures;
    private final int[] nameRanks;
    private final double[] latitudes;
    private final double[] longitudes;
    private final int[] docsByNameRank;
    /** Each leaf's table, by {@link LeafReaderContext#ord}. */
    private final Segment[] leafSegments;

    private DirectorySearcher(IndexReader reader, IndexedStructure[] structures, int[] nameRanks,
            int[] docsByNameRank, double[] latitudes, double[] longitudes, Segment[] leafSegments) {
        super(reader);
        this.structures = structures;
        this.nameRanks = nameRanks;
        this.docsByNameRank = docsByNameRank;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.leafSegments = leafSegments;
    }

    /**
     * What each document of one segment is, and what the ordinals of its group and department doc
     * values are in {@link SearchReferences} (-1: unknown there). Lucene never changes a segment (an
     * update adds a document elsewhere and deletes this one), so this is built once per segment.
     */
    record Segment(IndexedStructure[] structures, double[] latitudes, double[] longitudes, int[] groupOfOrd,
            int[] departmentOfOrd) {

        static Segment of(LeafReader reader, Map<UUID, IndexedStructure> byId, SearchReferences references)
                throws IOException {
            int size = reader.maxDoc();
            IndexedStructure[] structures = new IndexedStructure[size];
            double[] latitudes = new double[size];
            double[] longitudes = new double[size];
            Arrays.fill(latitudes, Double.NaN);
            Arrays.fill(longitudes, Double.NaN);
            BinaryDocValues ids = reader.getBinaryDocValues(StructureDocuments.ID);
            Bits live = reader.getLiveDocs();
            for (int doc = ids == null ? DocIdSetIterator.NO_MORE_DOCS : ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = ids.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue; // replaced already: never read
                }
                IndexedStructure structure = byId.get(UUID.fromString(ids.binaryValue().utf8ToString()));
                if (structure == null) {
                    continue; // removed: its deletion is applied in the same refresh
                }
                structures[doc] = structure;
                if (structure.summary().latitude() != null && structure.summary().longitude() != null) {
                    latitudes[doc] = structure.summary().latitude();
                    longitudes[doc] = structure.summary().longitude();
                }
            }
            SortedSetDocValues groups = reader.getSortedSetDocValues(StructureDocuments.GROUP);
            int[] groupOfOrd = new int[groups == null ? 0 : (int) groups.getValueCount()];
            for (int ord = 0; ord < groupOfOrd.length; ord++) {
                groupOfOrd[ord] = references.groupIndex().getOrDefault(groups.lookupOrd(ord).utf8ToString(), -1);
            }
            SortedDocValues departments = reader.getSortedDocValues(StructureDocuments.LOCATED);
            int[] departmentOfOrd = new int[departments == null ? 0 : departments.getValueCount()];
            for (int ord = 0; ord < departmentOfOrd.length; ord++) {
                departmentOfOrd[ord] = references.departmentIndex()
                        .getOrDefault(departments.lookupOrd(ord).utf8ToString(), -1);
            }
            return new Segment(structures, latitudes, longitudes, groupOfOrd, departmentOfOrd);
        }
    }

    /** What reads a segment's table (cached by the index) for a segment of the reader. */
    @FunctionalInterface
    interface Segments {
        Segment of(LeafReader segment) throws IOException;
    }

    /**
     * @param byName every structure of this state of the index, in name order (kept up to date
     *               change by change, so that no refresh sorts the whole directory)
     */
    static DirectorySearcher open(IndexReader reader, Segments segments, Collection<IndexedStructure> byName)
            throws IOException {
        int size = reader.maxDoc();
        IndexedStructure[] structures = new IndexedStructure[size];
        double[] latitudes = new double[size];
        double[] longitudes = new double[size];
        Segment[] leafSegments = new Segment[reader.leaves().size()];
        Map<IndexedStructure, Integer> ranks = new IdentityHashMap<>(byName.size() * 2);
        for (IndexedStructure structure : byName) {
            ranks.put(structure, ranks.size());
        }
        int[] nameRanks = new int[size];
        int[] docsByNameRank = new int[ranks.size()];
        for (LeafReaderContext leaf : reader.leaves()) {
            Segment segment = segments.of(leaf.reader());
            leafSegments[leaf.ord] = segment;
            int base = leaf.docBase;
            int length = leaf.reader().maxDoc();
            System.arraycopy(segment.structures(), 0, structures, base, length);
            System.arraycopy(segment.latitudes(), 0, latitudes, base, length);
            System.arraycopy(segment.longitudes(), 0, longitudes, base, length);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < length; doc++) {
                if ((live == null || live.get(doc)) && segment.structures()[doc] != null) {
                    int rank = ranks.get(segment.structures()[doc]);
                    nameRanks[base + doc] = rank;
                    docsByNameRank[rank] = base + doc;
                }
            }
        }
        DirectorySearcher searcher = new DirectorySearcher(reader, structures, nameRanks, docsByNameRank, latitudes,
                longitudes, leafSegments);
        searcher.setQueryCache(null); // filters are cheap on an index this size; the cache would only add locking
        return searcher;
    }

    IndexedStructure structure(int doc) {
        return structures[doc];
    }

    int nameRank(int doc) {
        return nameRanks[doc];
    }

    /** The document at this rank in name order. */
    int docAtNameRank(int rank) {
        return docsByNameRank[rank];
    }

    /** The table of this leaf of the reader. */
    Segment segment(LeafReaderContext leaf) {
        return leafSegments[leaf.ord];
    }

    double latitude(int doc) {
        return latitudes[doc];
    }

    double longitude(int doc) {
        return longitudes[doc];
    }
}
