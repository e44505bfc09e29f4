package fr.relanceiae.directory.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.apache.lucene.search.Query;

/**
 * How the words of {@code q} find structures, each step tried only when the one before
 * finds nothing:
 * <ol>
 * <li>every word (or a synonym of it), exactly;</li>
 * <li>every word, those the directory does not know at all (likely typos) being possibly
 * a name's word with a typo; known words that find nothing together are not typos;</li>
 * <li>with two words or more, the fewest-words fallback: the structures matching the most
 * words, ranked by how many, then by relevance ({@link StructureQueries#mostWords}).</li>
 * </ol>
 * Each step is one search with the same filters; the answer (total and facets included)
 * is the step's.
 */
final class TextMatching {

    /**
     * What the search found, with the text query it used (null without words: to repeat it
     * with other filters) and whether its matches have every word (false for the fallback).
     */
    record Found<M>(M matches, Query text, boolean allWordsMatched) {
    }

    /** Runs the search with this text query (null: no words) and the search's filters. */
    @FunctionalInterface
    interface Run<M> {
        M with(Query text) throws IOException;
    }

    private TextMatching() {
    }

    static <M> Found<M> find(DirectorySearcher searcher, List<FrenchText.Word> words, Run<M> run, ToIntFunction<M> count)
            throws IOException {
        Query text = StructureQueries.allWords(searcher, words, Set.of());
        M matches = run.with(text);
        if (count.applyAsInt(matches) > 0 || words.isEmpty()) {
            return new Found<>(matches, text, true);
        }
        Set<FrenchText.Word> unknown = new HashSet<>();
        for (FrenchText.Word word : words) {
            if (!StructureQueries.known(searcher, word)) {
                unknown.add(word);
            }
        }
        if (!unknown.isEmpty()) {
            Query typos = StructureQueries.allWords(searcher, words, unknown);
            M withTypos = run.with(typos);
            if (count.applyAsInt(withTypos) > 0) {
                return new Found<>(withTypos, typos, true);
            }
        }
        if (words.size() < 2) {
            return new Found<>(matches, text, true);
        }
        Query most = StructureQueries.mostWords(searcher, words, unknown);
        M fewer = run.with(most);
        // Nothing even then: an empty answer, with no notice about words to show.
        return count.applyAsInt(fewer) > 0 ? new Found<>(fewer, most, false) : new Found<>(matches, text, true);
    }
}
