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
     * whose domain has no dot between two non-empty labels; anything else is left to
     * {@code @Email}.
     */
    static boolean hasDottedDomain(String email) {
        String trimmed = email.trim();
        int at = trimmed.indexOf('@');
        if (at <= 0 || at != trimmed.lastIndexOf('@') || at == trimmed.length() - 1) {
            return true;
        }
        String domain = trimmed.substring(at + 1);
        int dot = domain.indexOf('.');
        return dot > 0 && dot < domain.length() - 1 && !domain.endsWith(".");
    }
}
