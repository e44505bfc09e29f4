package fr.relanceiae.directory.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trade synonyms of {@code reference/synonyms.txt} (its header says how to
 * extend it): groups of terms a buyer may use for the same trade. Each term is read
 * as the index reads text ({@link FrenchText#STEMS}), so that a synonym matches
 * whatever the accents, case or plural; a term of several words keeps the gaps its
 * common words leave, to be searched as a phrase.
 */
final class Synonyms {

    static final String RESOURCE = "reference/synonyms.txt";

    /** A term of a group: its stems, and the position of each (common words leave gaps). */
    record Term(List<String> stems, List<Integer> positions) {

        boolean isPhrase() {
            return stems.size() > 1;
        }
    }

    /** Each term's synonyms, by its stems. */
    private final Map<List<String>, Set<Term>> synonyms;
    /** The terms of several words, matched against a query's consecutive words. */
    private final List<List<String>> phrases;

    private Synonyms(Map<List<String>, Set<Term>> synonyms) {
        this.synonyms = synonyms;
        this.phrases = synonyms.keySet().stream().filter(stems -> stems.size() > 1).toList();
    }

    /** The synonyms shipped with the application, read once. */
    static Synonyms shipped() {
        return Shipped.SYNONYMS;
    }

    private static final class Shipped {
        static final Synonyms SYNONYMS = load();

        private static Synonyms load() {
            try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the application");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads groups, one per line, terms separated by commas; lines starting with {@code #}
     * and blank lines are ignored.
     *
     * @throws IllegalArgumentException naming the line, for a term that has no searchable
     *                                  word or a group of fewer than two different terms
     */
    static Synonyms parse(String text) {
        Map<List<String>, Set<Term>> synonyms = new HashMap<>();
        String[] lines = text.split("\\R");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Map<List<String>, Term> group = new LinkedHashMap<>();
            for (String written : line.split(",")) {
                Term term = term(written);
                if (term.stems().isEmpty()) {
                    throw new IllegalArgumentException(RESOURCE + ", line " + number + ": \"" + written.strip()
                            + "\" has no searchable word");
                }
                group.putIfAbsent(term.stems(), term);
            }
            if (group.size() < 2) {
                throw new IllegalArgumentException(RESOURCE + ", line " + number
                        + ": a group needs at least two different terms, separated by commas");
            }
            for (Term term : group.values()) {
                Set<Term> others = synonyms.computeIfAbsent(term.stems(), stems -> new LinkedHashSet<>());
                group.values().stream().filter(other -> other != term).forEach(others::add);
            }
        }
        return new Synonyms(synonyms);
    }

    private static Term term(String written) {
        List<String> stems = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        FrenchText.analyze(FrenchText.STEMS, written, (stem, position) -> {
            stems.add(stem);
            positions.add(position);
        });
        return new Term(List.copyOf(stems), List.copyOf(positions));
    }

    /**
     * The synonyms of the word at {@code index} of a query: those of the word itself, and
     * those of each term of several words that the query spells in consecutive words, this
     * one among them ("espaces verts" gives both words the synonyms of the phrase). The word
     * itself is never among them.
     */
    List<Term> of(List<FrenchText.Word> words, int index) {
        Set<Term> found = new LinkedHashSet<>(synonyms.getOrDefault(List.of(words.get(index).stem()), Set.of()));
        for (List<String> phrase : phrases) {
            for (int start = Math.max(0, index - phrase.size() + 1); start <= index
                    && start + phrase.size() <= words.size(); start++) {
                if (spells(words, start, phrase)) {
                    found.addAll(synonyms.get(phrase));
                }
            }
        }
        found.removeIf(term -> term.stems().equals(List.of(words.get(index).stem())));
        return List.copyOf(found);
    }

    private static boolean spells(List<FrenchText.Word> words, int start, List<String> phrase) {
        for (int i = 0; i < phrase.size(); i++) {
            if (!words.get(start + i).stem().equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }
}
