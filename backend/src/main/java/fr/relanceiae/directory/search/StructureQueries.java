package fr.relanceiae.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;


/**
 * The Lucene query of a directory search: every filter, and the words of
 * {@code q} as {@link #allWords} or {@link #mostWords} match them (in the name,
 * brand, sectors, offers or descriptions; those in the name or brand weigh more,
 * so that name matches rank first). A word also matches its trade
 * {@link Synonyms}, slightly lower. A point only narrows to a bounding box here:
 * the exact distance is checked by {@link MatchCollector}.
 */
final class StructureQueries {

    /** How much more a word weighs in the name or brand than elsewhere. */
    private static final float TITLE_WEIGHT = 3f;
    /** What a synonym of a word weighs, the word itself weighing 1: the buyer's own word ranks first. */
    private static final float SYNONYM_WEIGHT = 0.8f;
    /** What may separate a number's digits: spaces, dots and dashes. */
    private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern SIREN_OR_SIRET = Pattern.compile("\\d{9}|\\d{14}");

    private StructureQueries() {
    }

    /** The number searched, when {@code q} is a SIREN (9 digits) or a SIRET (14). */
    static String number(StructureSearchQuery query) {
        if (!query.hasText()) {
            return null;
        }
        String digits = NUMBER_SEPARATORS.matcher(query.q).replaceAll("");
        return SIREN_OR_SIRET.matcher(digits).matches() ? digits : null;
    }

    /** The words of {@code q} matched as text; none when it is a number or only common words. */
    static List<FrenchText.Word> words(StructureSearchQuery query) {
        return query.hasText() && number(query) == null ? FrenchText.words(query.q) : List.of();
    }

    /**
     * @param text what the words of {@code q} must match ({@link #allWords} or {@link #mostWords}),
     *             null when there are none
     */
    static Query of(StructureSearchQuery query, SearchReferences references, Query text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(term(StructureDocuments.ACTIVE, String.valueOf(query.active)), Occur.FILTER);
        String number = number(query);
        if (number != null) {
            all.add(term(number.length() == 9 ? StructureDocuments.SIREN : StructureDocuments.SIRET, number), Occur.FILTER);
        }
        if (text != null) {
            all.add(text, Occur.MUST);
        }
        List<String> sectors = values(query.sector).stream().flatMap(slug -> references.sectorsOf(slug).stream())
                .distinct().toList();
        List<String> prestaTypes = values(query.prestaType);
        if (!values(query.sector).isEmpty() && !prestaTypes.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            sectors.forEach(sector -> prestaTypes.forEach(type -> pairs.add(sector + "/" + type)));
            all.add(anyOf(StructureDocuments.SECTOR_PRESTA_TYPE, pairs), Occur.FILTER);
        } else if (!values(query.sector).isEmpty()) {
            all.add(anyOf(StructureDocuments.SECTOR, sectors), Occur.FILTER);
        } else if (!prestaTypes.isEmpty()) {
            all.add(anyOf(StructureDocuments.PRESTA_TYPE, prestaTypes), Occur.FILTER);
        }
        if (!values(query.kind).isEmpty()) {
            all.add(anyOf(StructureDocuments.KIND, values(query.kind)), Occur.FILTER);
        }
        if (query.department != null && !query.department.isBlank()) {
            String department = query.department.strip().toUpperCase();
            BooleanQuery.Builder located = new BooleanQuery.Builder()
                    .add(term(StructureDocuments.LOCATED, department), Occur.SHOULD)
                    .add(term(StructureDocuments.SERVED, department), Occur.SHOULD);
            if (query.includeNationwide) {
                located.add(term(StructureDocuments.NATIONWIDE, "true"), Occur.SHOULD);
            }
            all.add(located.build(), Occur.FILTER);
        }
        if (query.hasPoint()) {
            all.add(boundingBox(query.lat, query.lon, query.radiusKm), Occur.FILTER);
        }
        if (!values(query.label).isEmpty()) {
            all.add(anyOf(StructureDocuments.LABEL, values(query.label)), Occur.FILTER);
        }
        if (!values(query.network).isEmpty()) {
            all.add(anyOf(StructureDocuments.NETWORK, values(query.network)), Occur.FILTER);
        }
        if (query.withContact) {
            all.add(term(StructureDocuments.WITH_CONTACT, "true"), Occur.FILTER);
        }
        if (query.minInsertionFte != null) {
            all.add(DoublePoint.newRangeQuery(StructureDocuments.INSERTION_FTE, query.minInsertionFte.doubleValue(),
                    Double.POSITIVE_INFINITY), Occur.FILTER);
        }
        return all.build();
    }

    /**
     * Every word, or one of its synonyms, in the text (required), and in the name or brand
     * (optional, weighs more): one conjunction over the text's postings, the short title
     * postings read only where it matches. Null without words.
     *
     * @param words the words of {@code q}, as {@link #words} reads them
     * @param typos the words that may also be a name's word with a typo: looser, so the search
     *              tries it only when the exact words find nothing
     */
    static Query allWords(DirectorySearcher searcher, List<FrenchText.Word> words, Set<FrenchText.Word> typos) {
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            List<Synonyms.Term> synonyms = Synonyms.shipped().of(words, i);
            all.add(inText(searcher, words.get(i), synonyms, typos), Occur.MUST);
            all.add(inTitle(searcher, words.get(i), synonyms), Occur.SHOULD);
        }
        return all.build();
    }

    /**
     * At least one word (or one of its synonyms), scored so that a structure matching more words
     * always ranks above one matching fewer, and by relevance (as {@link #allWords} weighs it)
     * among those matching as many: each word found adds {@code perWord}, which is more than
     * the relevance can reach in this index ({@link Scorer#getMaxScore}: the bound Lucene keeps
     * with each segment's postings, read without scoring any document). Scoring rather than a
     * second sort key leaves the collector and its orders as they are.
     */
    static Query mostWords(DirectorySearcher searcher, List<FrenchText.Word> words, Set<FrenchText.Word> typos)
            throws IOException {
        BooleanQuery.Builder relevance = new BooleanQuery.Builder();
        List<Query> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<Synonyms.Term> synonyms = Synonyms.shipped().of(words, i);
            Query text = inText(searcher, words.get(i), synonyms, typos);
            found.add(new ConstantScoreQuery(text));
            relevance.add(text, Occur.SHOULD);
            relevance.add(inTitle(searcher, words.get(i), synonyms), Occur.SHOULD);
        }
        float bound = maxScore(searcher, relevance.build());
        boolean ranked = Float.isFinite(bound) && bound < 1e6f; // else by number of words only
        float perWord = ranked ? 2 * bound + 1 : 1;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        found.forEach(word -> any.add(new BoostQuery(word, perWord), Occur.SHOULD));
        BooleanQuery.Builder most = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
        if (ranked) {
            most.add(relevance.build(), Occur.SHOULD);
        }
        return most.build();
    }

    /** An upper bound of the query's scores in the whole index. */
    private static float maxScore(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
        float max = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                scorer.advanceShallow(0);
                max = Math.max(max, scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS));
            }
        }
        return max;
    }

    private static Query inText(DirectorySearcher searcher, FrenchText.Word word, List<Synonyms.Term> synonyms,
            Set<FrenchText.Word> typos) {
        Query text = withSynonyms(searcher, StructureDocuments.TEXT, word, synonyms);
        return typos.contains(word) ? orTypo(word, text) : text;
    }

    private static Query inTitle(DirectorySearcher searcher, FrenchText.Word word, List<Synonyms.Term> synonyms) {
        return new BoostQuery(withSynonyms(searcher, StructureDocuments.TITLE, word, synonyms), TITLE_WEIGHT);
    }

    /**
     * The word in the field, or one of its synonyms: those of one word scored as the same term
     * (Lucene's {@link SynonymQuery}), those of several words as phrases; the best counts.
     * Synonyms that no document has in the field are left out: they would match nothing and
     * weigh nothing (a {@link SynonymQuery} scores with the statistics of the terms found),
     * and each would cost a look-up in every segment's terms.
     */
    private static Query withSynonyms(DirectorySearcher searcher, String field, FrenchText.Word word,
            List<Synonyms.Term> all) {
        List<Synonyms.Term> synonyms = all.stream()
                .filter(synonym -> synonym.stems().stream().allMatch(stem -> searcher.hasSynonym(field, stem)))
                .toList();
        List<Synonyms.Term> phrases = synonyms.stream().filter(Synonyms.Term::isPhrase).toList();
        Query terms;
        if (phrases.size() == synonyms.size()) {
            terms = term(field, word.stem());
        } else {
            SynonymQuery.Builder same = new SynonymQuery.Builder(field).addTerm(new Term(field, word.stem()), 1f);
            synonyms.stream().filter(synonym -> !synonym.isPhrase())
                    .forEach(synonym -> same.addTerm(new Term(field, synonym.stems().get(0)), SYNONYM_WEIGHT));
            terms = same.build();
        }
        if (phrases.isEmpty()) {
            return terms;
        }
        List<Query> best = new ArrayList<>();
        best.add(terms);
        for (Synonyms.Term phrase : phrases) {
            PhraseQuery.Builder builder = new PhraseQuery.Builder();
            int first = phrase.positions().get(0);
            for (int i = 0; i < phrase.stems().size(); i++) {
                builder.add(new Term(field, phrase.stems().get(i)), phrase.positions().get(i) - first);
            }
            best.add(new BoostQuery(builder.build(), SYNONYM_WEIGHT));
        }
        return new DisjunctionMaxQuery(best, 0f);
    }

    /** Whether any structure's text has the word. */
    static boolean known(IndexSearcher searcher, FrenchText.Word word) throws IOException {
        return searcher.getIndexReader().docFreq(new Term(StructureDocuments.TEXT, word.stem())) > 0;
    }

    /**
     * The word as text ({@code exact}), or a word of the name or brand with one letter wrong, missing, added or
     * swapped with the next (two for words of 8 letters or more); the first letter must be right,
     * which spares comparing the word with the whole vocabulary. Words under 4 letters: exact.
     */
    private static Query orTypo(FrenchText.Word word, Query exact) {
        int length = word.folded().length();
        int edits = length >= 8 ? 2 : length >= 4 ? 1 : 0;
        if (edits == 0) {
            return exact;
        }
        Query typo = new FuzzyQuery(new Term(StructureDocuments.NAME_WORDS, word.folded()), edits, 1,
                FuzzyQuery.defaultMaxExpansions, true);
        return new BooleanQuery.Builder().add(exact, Occur.SHOULD).add(typo, Occur.SHOULD).build();
    }

    /**
     * A box around the circle, a little larger (the index rounds coordinates); a box that
     * reaches a pole or wraps around the Earth covers every longitude.
     */
    private static Query boundingBox(double lat, double lon, double radiusKm) {
        double latitudeSpan = Math.toDegrees(radiusKm / Distance.EARTH_RADIUS_KM) + 0.001;
        double minLat = Math.max(-90, lat - latitudeSpan);
        double maxLat = Math.min(90, lat + latitudeSpan);
        double widest = Math.max(Math.abs(minLat), Math.abs(maxLat));
        double longitudeSpan = widest >= 89 ? 180 : latitudeSpan / Math.cos(Math.toRadians(widest)) + 0.001;
        if (longitudeSpan >= 180) {
            return LatLonPoint.newBoxQuery(StructureDocuments.LOCATION, minLat, maxLat, -180, 180);
        }
        double minLon = lon - longitudeSpan;
        double maxLon = lon + longitudeSpan;
        // Across the antimeridian, Lucene takes minLon > maxLon.
        return LatLonPoint.newBoxQuery(StructureDocuments.LOCATION, minLat, maxLat,
                minLon < -180 ? minLon + 360 : minLon, maxLon > 180 ? maxLon - 360 : maxLon);
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static Query anyOf(String field, Collection<String> values) {
        if (values.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    /** The given values, trimmed, blanks left out. */
    private static List<String> values(List<?> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (Object value : values) {
            if (value != null && !value.toString().isBlank()) {
                kept.add(value.toString().strip());
            }
        }
        return List.copyOf(kept);
    }
}
