package fr.relanceiae.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How the directory reads French text, the same way for the documents and the
 * queries: words split on anything but letters and digits, elisions removed
 * ({@code l'}, {@code d'}…), lower case, common words left out, accents removed,
 * then reduced to a stem ({@code écoles} and {@code ECOLE} both give {@code ecol}).
 * {@link #WORDS} stops before the stem: typo-tolerant matching compares whole words.
 * Public for {@link #stems}: what sourcing's matching compares a request's text with.
 */
public final class FrenchText {

    /** Words of a query beyond this are ignored. */
    static final int MAX_QUERY_WORDS = 8;

    static final Analyzer STEMS = analyzer(true);
    static final Analyzer WORDS = analyzer(false);

    /** A word of a query: as typed (folded) and as stemmed. */
    record Word(String folded, String stem) {
    }

    private FrenchText() {
    }

    /** The distinct words of a query, in order, at most {@link #MAX_QUERY_WORDS}. */
    static List<Word> words(String text) {
        Map<String, Word> words = new LinkedHashMap<>();
        for (String folded : tokens(WORDS, text)) {
            List<String> stems = tokens(STEMS, folded);
            if (!stems.isEmpty()) {
                words.putIfAbsent(stems.get(0), new Word(folded, stems.get(0)));
            }
            if (words.size() == MAX_QUERY_WORDS) {
                break;
            }
        }
        return List.copyOf(words.values());
    }

    /** Every stem of a text, in order, repeats included (as the index reads a document's text). */
    public static List<String> stems(String text) {
        return text == null || text.isBlank() ? List.of() : tokens(STEMS, text);
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        analyze(analyzer, text, (token, position) -> tokens.add(token));
        return tokens;
    }

    /** What receives each token of a text with its position (the first is 0; common words leave gaps). */
    @FunctionalInterface
    interface TokenConsumer {
        void accept(String token, int position);
    }

    static void analyze(Analyzer analyzer, String text, TokenConsumer consumer) {
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                consumer.accept(term.toString(), position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer analyzer(boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
                stream = new ASCIIFoldingFilter(stream);
                stream = new LengthFilter(stream, 2, 100);
                if (stem) {
                    stream = new FrenchLightStemFilter(stream);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
