package fr.relanceiae.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds communes by name or postcode in memory, best matches first: exact matches,
 * then prefix matches, then (names only) matches on a later word of the name;
 * among equals, Île-de-France first, then alphabetical order of the search name
 * ({@link SearchName}), then INSEE code. Names are compared in their search form,
 * so accents, case, hyphens and apostrophes do not matter and "st" stands for "saint".
 *
 * <p>Three sorted key arrays (names, names from each later word, postcodes) give
 * every match of a prefix as one range found by binary search; a range is scanned
 * keeping the best {@link #MAX_RESULTS}, so a one-letter prefix costs a scan of
 * its range (a few thousand entries at most), never a sort. Immutable once built.
 */
final class CommuneIndex {

    static final int MAX_RESULTS = 20;
    /** Listed first among equally good matches. */
    static final String ILE_DE_FRANCE = "11";

    /** 5 digits: a postcode; 2 to 4 digits: the start of one. */
    private static final Pattern POSTCODE = Pattern.compile("\\d{2,5}");
    private static final int EXACT = 0;
    private static final int PREFIX = 1;
    private static final int LATER_WORD = 2;

    /** The communes in tie order (their rank): Île-de-France first, then search name, then INSEE code. */
    private final CommuneView[] byRank;
    private final String[] searchNames;
    private final Keys names;
    private final Keys laterWords;
    private final Keys postCodes;

    /** Sorted keys, each with the rank of its commune. */
    private record Keys(String[] keys, int[] ranks) {

        static Keys of(List<Keyed> entries) {
            Keyed[] sorted = entries.toArray(Keyed[]::new);
            Arrays.sort(sorted);
            String[] keys = new String[sorted.length];
            int[] ranks = new int[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                keys[i] = sorted[i].key();
                ranks[i] = sorted[i].rank();
            }
            return new Keys(keys, ranks);
        }

        /** The first position whose key is not before {@code key}. */
        int from(String key) {
            int low = 0;
            int high = keys.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (keys[middle].compareTo(key) < 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        /** The position after the last key that starts with {@code prefix}. */
        int endOfPrefix(String prefix) {
            // Keys hold ASCII letters, digits and spaces only: every key with the prefix sorts before prefix + '\uffff'.
            return from(prefix + '\uffff');
        }
    }

    /**
     * @param communes every commune
     * @param regionOfDepartment the region code of a department code (null for none)
     */
    CommuneIndex(List<CommuneView> communes, Function<String, String> regionOfDepartment) {
        Ranked[] ranked = new Ranked[communes.size()];
        for (int i = 0; i < ranked.length; i++) {
            CommuneView commune = communes.get(i);
            ranked[i] = new Ranked(!ILE_DE_FRANCE.equals(regionOfDepartment.apply(commune.departmentCode())),
                    SearchName.of(commune.name()), commune);
        }
        Arrays.sort(ranked);
        byRank = new CommuneView[ranked.length];
        searchNames = new String[ranked.length];
        for (int rank = 0; rank < ranked.length; rank++) {
            byRank[rank] = ranked[rank].commune();
            searchNames[rank] = ranked[rank].searchName();
        }

        List<Keyed> nameKeys = new ArrayList<>(byRank.length);
        List<Keyed> wordKeys = new ArrayList<>();
        List<Keyed> postKeys = new ArrayList<>(byRank.length);
        for (int rank = 0; rank < byRank.length; rank++) {
            String name = searchNames[rank];
            if (!name.isEmpty()) {
                nameKeys.add(new Keyed(name, rank));
            }
            for (int space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) {
                wordKeys.add(new Keyed(name.substring(space + 1), rank));
            }
            for (String postCode : Set.copyOf(byRank[rank].postCodes())) {
                postKeys.add(new Keyed(postCode, rank));
            }
        }
        names = Keys.of(nameKeys);
        laterWords = Keys.of(wordKeys);
        postCodes = Keys.of(postKeys);
    }

    /**
     * A commune in tie order: Île-de-France first, then search name, then INSEE code. Sorted by
     * its own {@code compareTo} rather than by a chain of comparators: the index is built while
     * the app starts, when each lambda of such a chain still runs interpreted, 35,058 × 15 times.
     */
    private record Ranked(boolean outsideIleDeFrance, String searchName, CommuneView commune)
            implements Comparable<Ranked> {

        @Override
        public int compareTo(Ranked other) {
            if (outsideIleDeFrance != other.outsideIleDeFrance) {
                return outsideIleDeFrance ? 1 : -1;
            }
            int byName = searchName.compareTo(other.searchName);
            return byName != 0 ? byName : commune.inseeCode().compareTo(other.commune.inseeCode());
        }
    }

    /** A key and the rank of its commune, in key order then rank order. */
    private record Keyed(String key, int rank) implements Comparable<Keyed> {

        @Override
        public int compareTo(Keyed other) {
            int byKey = key.compareTo(other.key);
            return byKey != 0 ? byKey : Integer.compare(rank, other.rank);
        }
    }

    /** At most {@link #MAX_RESULTS} communes matching {@code query}, best first. */
    List<CommuneView> search(String query) {
        String q = query.strip();
        Best best = new Best(MAX_RESULTS);
        if (POSTCODE.matcher(q).matches()) {
            scan(postCodes, q, best, (key, rank) -> key.length() == q.length() ? EXACT : PREFIX);
        } else {
            String key = SearchName.of(q);
            if (key.isEmpty()) {
                return List.of();
            }
            scan(names, key, best, (name, rank) -> name.length() == key.length() ? EXACT : PREFIX);
            if (!best.isFull()) {
                // A later word only counts for a commune whose name does not already start with the key.
                scan(laterWords, key, best, (word, rank) -> searchNames[rank].startsWith(key) ? -1 : LATER_WORD);
            }
        }
        return best.ranks().mapToObj(rank -> byRank[rank]).toList();
    }

    /** How good a match a key of the range is (lower is better), or -1 to skip it. */
    @FunctionalInterface
    private interface Grade {
        int of(String key, int rank);
    }

    private static void scan(Keys index, String prefix, Best best, Grade grade) {
        int start = index.from(prefix);
        int end = index.endOfPrefix(prefix);
        for (int i = start; i < end; i++) {
            int category = grade.of(index.keys()[i], index.ranks()[i]);
            if (category >= 0) {
                best.offer((long) category << 32 | index.ranks()[i]);
            }
        }
    }

    /** The lowest distinct values offered, kept sorted (a handful: insertion is cheapest). */
    private static final class Best {
        private final long[] values;
        private int size;

        Best(int capacity) {
            values = new long[capacity];
        }

        boolean isFull() {
            return size == values.length;
        }

        void offer(long value) {
            if (isFull() && value >= values[size - 1]) {
                return;
            }
            int at = Arrays.binarySearch(values, 0, size, value);
            if (at >= 0) {
                return; // already kept (a commune with two postcodes or later words that match)
            }
            at = -at - 1;
            int moved = Math.min(size, values.length - 1) - at;
            if (moved > 0) {
                System.arraycopy(values, at, values, at + 1, moved);
            }
            values[at] = value;
            size = Math.min(size + 1, values.length);
        }

        IntStream ranks() {
            return Arrays.stream(values, 0, size).mapToInt(value -> (int) value);
        }
    }
}
