package fr.relanceiae.sourcing.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import fr.relanceiae.directory.search.FrenchText;

/**
 * Texts as matching compares them: the directory search's French stems ({@link FrenchText#stems}:
 * accents, case, plurals and common words do not matter), each numbered once for the whole
 * application so that a text is a small sorted array of ints (100,000 offers' words fit in a few MB,
 * and "does this offer have that word" is a binary search). The numbering only grows; the vocabulary
 * of trades is bounded.
 */
public final class Stems {

    private static final Map<String, Integer> CODES = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();
    static final int[] NONE = new int[0];

    private Stems() {
    }

    /** The distinct stems of a text, numbered, in increasing order. */
    public static int[] of(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        return FrenchText.stems(text).stream().mapToInt(Stems::code).distinct().sorted().toArray();
    }

    /** A stem's number, given it now if it has none. */
    static int code(String stem) {
        return CODES.computeIfAbsent(stem, s -> NEXT.getAndIncrement());
    }

    /** Every stem numbered so far, with its number (a saved snapshot writes its texts' stems with them). */
    static Map<String, Integer> vocabulary() {
        return Map.copyOf(CODES);
    }

    /**
     * The distinct stems of a query, numbered, in the order of the text, without adding its words
     * to the numbering: a word no text has is a negative number (each its own).
     */
    static int[] ofQuery(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<String> stems = FrenchText.stems(text).stream().distinct().toList();
        int[] codes = new int[stems.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = CODES.getOrDefault(stems.get(i), -1 - i);
        }
        return codes;
    }

    static boolean contains(int[] stems, int stem) {
        return stem >= 0 && Arrays.binarySearch(stems, stem) >= 0;
    }
}
