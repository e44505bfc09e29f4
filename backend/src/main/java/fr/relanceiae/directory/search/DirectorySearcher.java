package fr.relanceiae.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/**
 * A searcher over one state of the index, with what each of its documents is:
 * the structure (by Lucene's document number), its rank in name order and its
 * coordinates. Built once per refresh, read by every search of that state.
 */
final class DirectorySearcher extends IndexSearcher {

    private final IndexedStructure[] structures;
    private final int[] nameRanks;
    private final double[] latitudes;
    private final double[] longitudes;
    private final int[] docsByNameRank;
    /**
     * What the facets count, read for every match, packed in one long per document (one memory
     * read): sector groups as bits 0 to 39 (by index in {@link SearchReferences#groupSlugs()}),
     * the department's index + 1 in bits 40 to 51 (0: none), the kind's ordinal in bits 52 to 59.
     */
    private final long[] facetValues;

    static final int MAX_GROUPS = 40;

    private DirectorySearcher(IndexReader reader, IndexedStructure[] structures, int[] nameRanks,
            int[] docsByNameRank, double[] latitudes, double[] longitudes, long[] facetValues) {
        super(reader);
        this.structures = structures;
        this.nameRanks = nameRanks;
        this.docsByNameRank = docsByNameRank;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.facetValues = facetValues;
    }

    static DirectorySearcher open(IndexReader reader, Map<UUID, IndexedStructure> byId) throws IOException {
        int size = reader.maxDoc();
        IndexedStructure[] structures = new IndexedStructure[size];
        double[] latitudes = new double[size];
        double[] longitudes = new double[size];
        Arrays.fill(latitudes, Double.NaN);
        Arrays.fill(longitudes, Double.NaN);
        long[] facetValues = new long[size];
        List<Integer> live = new ArrayList<>(reader.numDocs());
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues ids = leaf.reader().getBinaryDocValues(StructureDocuments.ID);
            Bits liveDocs = leaf.reader().getLiveDocs();
            if (ids == null) {
                continue;
            }
            for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (liveDocs != null && !liveDocs.get(doc)) {
                    continue;
                }
                IndexedStructure structure = byId.get(UUID.fromString(ids.binaryValue().utf8ToString()));
                int global = leaf.docBase + doc;
                structures[global] = structure;
                if (structure.summary().latitude() != null && structure.summary().longitude() != null) {
                    latitudes[global] = structure.summary().latitude();
                    longitudes[global] = structure.summary().longitude();
                }
                long packed = (long) structure.summary().kind().ordinal() << 52
                        | (long) (structure.departmentIndex() + 1) << 40;
                for (int group : structure.groupIndexes()) {
                    packed |= 1L << group;
                }
                facetValues[global] = packed;
                live.add(global);
            }
        }
        // The order of SQL's "order by sort_name, id" (uuids compare as their text).
        live.sort(Comparator.comparing((Integer doc) -> structures[doc].sortName())
                .thenComparing(doc -> structures[doc].summary().id().toString()));
        int[] nameRanks = new int[size];
        int[] docsByNameRank = new int[live.size()];
        for (int rank = 0; rank < live.size(); rank++) {
            nameRanks[live.get(rank)] = rank;
            docsByNameRank[rank] = live.get(rank);
        }
        DirectorySearcher searcher = new DirectorySearcher(reader, structures, nameRanks, docsByNameRank, latitudes,
                longitudes, facetValues);
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

    /** Its kind, department and sector groups, packed as described at {@link #facetValues}. */
    long facetValues(int doc) {
        return facetValues[doc];
    }

    double latitude(int doc) {
        return latitudes[doc];
    }

    double longitude(int doc) {
        return longitudes[doc];
    }
}
