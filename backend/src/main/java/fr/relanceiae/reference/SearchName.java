package fr.relanceiae.reference;

import java.text.Normalizer;

/**
 * The search form of a name, the Java twin of the database's {@code f_search_name}
 * (V2__create_reference_tables.sql): no accents, lower case, every run of
 * characters other than ASCII letters and digits as one space, and the
 * abbreviations "st" and "ste" as whole words spelt out. Stored names and typed
 * queries go through the same function, so both always agree.
 */
public final class SearchName {

    /** What each of the first characters becomes (see {@link #fold(char)}), worked out once. */
    private static final String[] FOLDED = new String[0x2100];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = fold(c);
        }
    }

    private SearchName() {
    }

    public static String of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String letters = c < FOLDED.length ? FOLDED[c] : fold(c);
            if (letters == null) {
                gap = folded.length() > 0;
            } else if (!letters.isEmpty()) {
                if (gap) {
                    folded.append(' ');
                    gap = false;
                }
                folded.append(letters);
            }
        }
        return spellOutSaint(folded.toString());
    }

    /**
     * A character without its accents, in lower-case ASCII letters or digits: "" for
     * an accent alone (it belongs to the letter before), null for a separator.
     */
    private static String fold(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(2);
        for (int i = 0; i < decomposed.length(); i++) {
            char part = decomposed.charAt(i);
            if (Character.getType(part) == Character.NON_SPACING_MARK) {
                continue;
            }
            String letters = letters(Character.toLowerCase(part));
            if (letters == null) {
                return null;
            }
            folded.append(letters);
        }
        return folded.toString();
    }

    /** The ASCII letters or digit of a lower-case character, null when it separates words. */
    private static String letters(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            return String.valueOf(c);
        }
        // Letters that do not decompose into a base letter and an accent (as PostgreSQL's unaccent maps them).
        return switch (c) {
            case 'œ' -> "oe";
            case 'æ' -> "ae";
            case 'ß' -> "ss";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ' -> "d";
            default -> null;
        };
    }

    private static String spellOutSaint(String folded) {
        if (!folded.contains("st")) {
            return folded;
        }
        String[] words = folded.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("st")) {
                words[i] = "saint";
            } else if (words[i].equals("ste")) {
                words[i] = "sainte";
            }
        }
        return String.join(" ", words);
    }
}
