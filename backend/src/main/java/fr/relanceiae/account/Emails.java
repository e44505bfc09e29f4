package fr.relanceiae.account;

import java.util.Locale;

/** E-mail addresses compare case-insensitively: one normal form for storage, lookups and login counters. */
public final class Emails {

    private Emails() {
    }

    public static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * False only for something shaped like an address (one "@" with text on both sides)
     * whose domain has no dot at all; anything else, a misplaced dot included, is left to
     * {@code @Email}, so that one mistake gets one message.
     */
    static boolean hasDottedDomain(String email) {
        String trimmed = email.trim();
        int at = trimmed.indexOf('@');
        if (at <= 0 || at != trimmed.lastIndexOf('@') || at == trimmed.length() - 1) {
            return true;
        }
        return trimmed.indexOf('.', at + 1) > 0;
    }
}
