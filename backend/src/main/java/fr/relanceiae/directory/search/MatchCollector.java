package fr.relanceiae.directory.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;


/**
 * Every document a query matches (a directory is small enough to keep them all:
 * the total and the facets count them), with its score, around a point its
 * distance (a document out of the radius is dropped here) and, in completeness
 * order, its completion rate.
 * <p>
 * The query may leave out the filters of disjunctive facets ("sideways" filters,
 * checked here): a document that passes them all is a match; one that fails exactly
 * one of them is a near miss, kept apart for that facet's counts only (what choosing
 * one more value there would add); the others are dropped.
 */
final class MatchCollector extends SimpleCollector {

    /** How matches are put in order. */
    enum Order {
        RELEVANCE, DISTANCE, NAME, COMPLETENESS
    }

    private final DirectorySearcher searcher;
    private final Order order;
    private final StructureSearchQuery point;
    private final Weight[] sideways;
    private final DocIdSetIterator[] sidewaysInSegment;
    private int docBase;
    private Scorable scorer;
    private int[] completeness;
    private int count;
    private int[] docs = new int[256];
    private float[] scores;
    private float[] distances;
    private int[] completions;
    private int missCount;
    private int[] missDocs = new int[0];
    private byte[] missedFilters = new byte[0];

    /**
     * @param sideways filters left out of the query that a match must pass: at most a few (one per
     *                 disjunctive facet with chosen values)
     */
    MatchCollector(DirectorySearcher searcher, Order order, StructureSearchQuery point, List<Query> sideways)
            throws IOException {
        this.searcher = searcher;
        this.order = order;
        this.point = point != null && point.hasPoint() ? point : null;
        this.scores = order == Order.RELEVANCE ? new float[docs.length] : null;
        this.distances = this.point != null ? new float[docs.length] : null;
        this.completions = order == Order.COMPLETENESS ? new int[docs.length] : null;
        this.sideways = new Weight[sideways.size()];
        for (int i = 0; i < this.sideways.length; i++) {
            this.sideways[i] = searcher.createWeight(searcher.rewrite(sideways.get(i)), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        this.sidewaysInSegment = new DocIdSetIterator[this.sideways.length];
    }

    @Override
    public ScoreMode scoreMode() {
        return order == Order.RELEVANCE ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        docBase = context.docBase;
        for (int i = 0; i < sideways.length; i++) {
            Scorer filter = sideways[i].scorer(context);
            sidewaysInSegment[i] = filter == null ? null : filter.iterator();
        }
        completeness = searcher.segment(context).completeness();
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int leafDoc) throws IOException {
        int doc = docBase + leafDoc;
        double distance = 0;
        if (point != null) {
            double latitude = searcher.latitude(doc);
            if (Double.isNaN(latitude)) {
                return;
            }
            distance = Distance.km(point.lat, point.lon, latitude, searcher.longitude(doc));
            if (distance > point.radiusKm) {
                return;
            }
        }
        int missed = -1;
        for (int i = 0; i < sidewaysInSegment.length; i++) {
            if (!passes(sidewaysInSegment[i], leafDoc)) {
                if (missed >= 0) {
                    return; // fails two filters: counted nowhere
                }
                missed = i;
            }
        }
        if (missed >= 0) {
            miss(doc, missed);
            return;
        }
        if (count == docs.length) {
            docs = Arrays.copyOf(docs, count * 2);
            scores = scores == null ? null : Arrays.copyOf(scores, count * 2);
            distances = distances == null ? null : Arrays.copyOf(distances, count * 2);
            completions = completions == null ? null : Arrays.copyOf(completions, count * 2);
        }
        docs[count] = doc;
        if (scores != null) {
            scores[count] = scorer.score();
        }
        if (distances != null) {
            distances[count] = (float) distance;
        }
        if (completions != null) {
            completions[count] = completeness[leafDoc];
        }
        count++;
    }

    /** Documents come in increasing order within a segment: the filter's iterator only moves forward. */
    private static boolean passes(DocIdSetIterator filter, int leafDoc) throws IOException {
        if (filter == null) {
            return false;
        }
        int at = filter.docID();
        if (at < leafDoc) {
            at = filter.advance(leafDoc);
        }
        return at == leafDoc;
    }

    private void miss(int doc, int filter) {
        if (missCount == missDocs.length) {
            missDocs = Arrays.copyOf(missDocs, Math.max(64, missCount * 2));
            missedFilters = Arrays.copyOf(missedFilters, missDocs.length);
        }
        missDocs[missCount] = doc;
        missedFilters[missCount] = (byte) filter;
        missCount++;
    }

    int count() {
        return count;
    }

    /** The matches' documents, in increasing order. */
    int doc(int match) {
        return docs[match];
    }

    int missCount() {
        return missCount;
    }

    /** The near misses' documents, in increasing order. */
    int missDoc(int miss) {
        return missDocs[miss];
    }

    /** The index (in the sideways filters given) of the one filter this near miss fails. */
    int missedFilter(int miss) {
        return missedFilters[miss];
    }

    /**
     * The first {@code limit} matching documents in the collector's order, ties broken by name then
     * id (by relevance around a point: by distance, then name then id). Each match becomes one long
     * whose high half is the criterion and low half the name rank, so that ordering is sorting an
     * array of longs.
     */
    int[] firstInOrder(int limit) {
        return firstInOrder(order, limit);
    }

    /** The same, in another order (one of those the collector has the values of). */
    int[] firstInOrder(Order order, int limit) {
        boolean tiesByDistance = order == Order.RELEVANCE && distances != null;
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            long criterion = switch (order) {
                // Scores are positive floats: their bits order like them; ~ reverses (best first).
                case RELEVANCE -> ~Float.floatToIntBits(scores[i]);
                case DISTANCE -> Float.floatToIntBits(distances[i]);
                case NAME -> 0;
                case COMPLETENESS -> -completions[i]; // most complete first
            };
            // With ties by distance, the low half is the match's index until the ties are sorted.
            keys[i] = criterion << 32 | (tiesByDistance ? i : searcher.nameRank(docs[i]));
        }
        Arrays.sort(keys);
        int[] first = new int[Math.min(limit, count)];
        if (!tiesByDistance) {
            for (int i = 0; i < first.length; i++) {
                first[i] = searcher.docAtNameRank((int) (keys[i] & 0xFFFFFFFFL));
            }
            return first;
        }
        // Each run of equal scores that reaches the page is sorted again by distance, then name rank.
        for (int start = 0; start < first.length;) {
            int end = start + 1;
            while (end < count && keys[end] >>> 32 == keys[start] >>> 32) {
                end++;
            }
            if (end - start == 1) {
                first[start] = docs[(int) keys[start]];
            } else {
                long[] ties = new long[end - start];
                for (int j = 0; j < ties.length; j++) {
                    int match = (int) keys[start + j];
                    ties[j] = (long) Float.floatToIntBits(distances[match]) << 32 | searcher.nameRank(docs[match]);
                }
                Arrays.sort(ties);
                for (int j = 0; j < ties.length && start + j < first.length; j++) {
                    first[start + j] = searcher.docAtNameRank((int) (ties[j] & 0xFFFFFFFFL));
                }
            }
            start = end;
        }
        return first;
    }
}
