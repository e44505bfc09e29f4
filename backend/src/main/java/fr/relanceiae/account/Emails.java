package fr.relanceiae.account;

import java.util.Locale;

/** E-mail addresses compare case-insensitively: one normal form for storage, lookups and login counters. */
public final class Emails {

    private Emails() {
    }

    public static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
