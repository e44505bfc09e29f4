package fr.relanceiae.directory.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import fr.relanceiae.directory.StructureSearchQuery;

/**
 * Every document a query matches (a directory is small enough to keep them all:
 * the total and the facets count them), with its score and, around a point, its
 * distance: a document out of the radius is dropped here.
 */
final class MatchCollector extends SimpleCollector {

    /** How matches are put in order. */
    enum Order {
        RELEVANCE, DISTANCE, NAME
    }

    private final DirectorySearcher searcher;
    private final boolean scored;
    private final StructureSearchQuery point;
    private int docBase;
    private Scorable scorer;
    private int count;
    private int[] docs = new int[256];
    private float[] scores;
    private float[] distances;

    MatchCollector(DirectorySearcher searcher, boolean scored, StructureSearchQuery point) {
        this.searcher = searcher;
        this.scored = scored;
        this.point = point != null && point.hasPoint() ? point : null;
        this.scores = scored ? new float[docs.length] : null;
        this.distances = this.point != null ? new float[docs.length] : null;
    }

    @Override
    public ScoreMode scoreMode() {
        return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        docBase = context.docBase;
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
        if (count == docs.length) {
            docs = Arrays.copyOf(docs, count * 2);
            scores = scores == null ? null : Arrays.copyOf(scores, count * 2);
            distances = distances == null ? null : Arrays.copyOf(distances, count * 2);
        }
        docs[count] = doc;
        if (scores != null) {
            scores[count] = scorer.score();
        }
        if (distances != null) {
            distances[count] = (float) distance;
        }
        count++;
    }

    int count() {
        return count;
    }

    int doc(int match) {
        return docs[match];
    }

    /**
     * The first {@code limit} matching documents in this order, ties broken by name then id.
     * Each match becomes one long whose high half is the criterion and low half the name rank,
     * so that ordering is sorting an array of longs.
     */
    int[] firstInOrder(Order order, int limit) {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            long rank = searcher.nameRank(docs[i]);
            long criterion = switch (order) {
                // Scores are positive floats: their bits order like them; ~ reverses (best first).
                case RELEVANCE -> ~Float.floatToIntBits(scores[i]);
                case DISTANCE -> Float.floatToIntBits(distances[i]);
                case NAME -> 0;
            };
            keys[i] = criterion << 32 | rank;
        }
        Arrays.sort(keys);
        int[] first = new int[Math.min(limit, count)];
        for (int i = 0; i < first.length; i++) {
            first[i] = searcher.docAtNameRank((int) (keys[i] & 0xFFFFFFFFL));
        }
        return first;
    }
}
