package fr.relanceiae.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * A searcher over one state of the index, with what each of its documents is:
 * the structure (by Lucene's document number), its rank in name order and its
 * coordinates. Built once per refresh, read by every search of that state. What
 * the facets count and the completeness order reads is in the index's doc values,
 * decoded once per segment ({@link Segment}).
 */
final class DirectorySearcher extends IndexSearcher {

    private static final int NO_MORE_DOCS = DocIdSetIterator.NO_MORE_DOCS;

    private final IndexedStructure[] structures;
    private final int[] nameRanks;
    private final double[] latitudes;
    private final double[] longitudes;
    private final int[] docsByNameRank;
    /** Each leaf's table, by {@link LeafReaderContext#ord}. */
    private final Segment[] leafSegments;
    /** Whether any document has a synonym's stem, by field and stem (the synonyms' few hundred terms at most). */
    private final Map<Term, Boolean> synonymStems = new ConcurrentHashMap<>();

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
     * What each document of one segment is, and its doc values decoded once (reading Lucene's
     * columns through their iterators costs some 100 ns a value, too much for every match of a
     * broad search): by leaf document, the kind's ordinal, the position in {@link SearchReferences}
     * of the location's department (-1: none), the sector groups' positions (those of document d
     * from {@code groupStarts[d]} to {@code groupStarts[d + 1]}), whether it has contact details
     * and its completion rate. Plain arrays: no limit on how many kinds, groups or departments.
     * Lucene never changes a segment (an update adds a document elsewhere and deletes this one),
     * so this is built once per segment.
     */
    record Segment(IndexedStructure[] structures, double[] latitudes, double[] longitudes, int[] kinds,
            int[] departments, int[] groupStarts, int[] groups, FixedBitSet withContact, int[] completeness) {

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
            for (int doc = ids == null ? NO_MORE_DOCS : ids.nextDoc(); doc != NO_MORE_DOCS; doc = ids.nextDoc()) {
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
            return new Segment(structures, latitudes, longitudes,
                    numbers(reader.getNumericDocValues(StructureDocuments.KIND), size),
                    departments(reader.getSortedDocValues(StructureDocuments.LOCATED), size, references),
                    groupStarts(reader.getSortedSetDocValues(StructureDocuments.GROUP), size),
                    groups(reader.getSortedSetDocValues(StructureDocuments.GROUP), size, references),
                    flags(reader.getNumericDocValues(StructureDocuments.WITH_CONTACT), size),
                    numbers(reader.getNumericDocValues(StructureDocuments.COMPLETENESS), size));
        }

        private static int[] numbers(NumericDocValues values, int size) throws IOException {
            int[] numbers = new int[size];
            for (int doc = values == null ? NO_MORE_DOCS : values.nextDoc(); doc != NO_MORE_DOCS; doc = values.nextDoc()) {
                numbers[doc] = Math.toIntExact(values.longValue());
            }
            return numbers;
        }

        private static FixedBitSet flags(NumericDocValues values, int size) throws IOException {
            FixedBitSet flags = new FixedBitSet(size);
            for (int doc = values == null ? NO_MORE_DOCS : values.nextDoc(); doc != NO_MORE_DOCS; doc = values.nextDoc()) {
                flags.set(doc);
            }
            return flags;
        }

        private static int[] departments(SortedDocValues values, int size, SearchReferences references)
                throws IOException {
            int[] departments = new int[size];
            Arrays.fill(departments, -1);
            if (values == null) {
                return departments;
            }
            int[] positionOfOrd = new int[values.getValueCount()];
            for (int ord = 0; ord < positionOfOrd.length; ord++) {
                positionOfOrd[ord] = references.departmentIndex().getOrDefault(values.lookupOrd(ord).utf8ToString(), -1);
            }
            for (int doc = values.nextDoc(); doc != NO_MORE_DOCS; doc = values.nextDoc()) {
                departments[doc] = positionOfOrd[values.ordValue()];
            }
            return departments;
        }

        private static int[] groupStarts(SortedSetDocValues values, int size) throws IOException {
            int[] counts = new int[size + 1];
            for (int doc = values == null ? NO_MORE_DOCS : values.nextDoc(); doc != NO_MORE_DOCS; doc = values.nextDoc()) {
                counts[doc + 1] = values.docValueCount();
            }
            for (int doc = 0; doc < size; doc++) {
                counts[doc + 1] += counts[doc];
            }
            return counts;
        }

        /** Each document's groups one after the other (a group unknown to the references: -1). */
        private static int[] groups(SortedSetDocValues values, int size, SearchReferences references)
                throws IOException {
            if (values == null) {
                return new int[0];
            }
            int[] positionOfOrd = new int[Math.toIntExact(values.getValueCount())];
            for (int ord = 0; ord < positionOfOrd.length; ord++) {
                positionOfOrd[ord] = references.groupIndex().getOrDefault(values.lookupOrd(ord).utf8ToString(), -1);
            }
            int[] groups = new int[8];
            int count = 0;
            for (int doc = values.nextDoc(); doc != NO_MORE_DOCS; doc = values.nextDoc()) {
                for (int i = 0, n = values.docValueCount(); i < n; i++) {
                    if (count == groups.length) {
                        groups = Arrays.copyOf(groups, count * 2);
                    }
                    groups[count++] = positionOfOrd[Math.toIntExact(values.nextOrd())];
                }
            }
            return Arrays.copyOf(groups, count);
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

    /**
     * Whether any document of this state of the index has this stem of a {@link Synonyms} term in
     * the field (remembered: the synonyms' vocabulary is small and fixed).
     */
    boolean hasSynonym(String field, String stem) {
        return synonymStems.computeIfAbsent(new Term(field, stem), term -> {
            try {
                return getIndexReader().docFreq(term) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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
