package fr.relanceiae.account;

import io.quarkus.elytron.security.common.BcryptUtil;

/** Passwords chosen by people: bcrypt (cost 10). */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    /**
     * Checked instead of a real hash when the e-mail is unknown or has no
     * password yet, so that the answer takes as long as for a known account.
     */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no account has this password");

    private Passwords() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    /** Whether the password matches the hash; a null hash costs the same time and never matches. */
    public static boolean matches(String password, String hash) {
        boolean matches = BcryptUtil.matches(password == null ? "" : password, hash == null ? DUMMY_HASH : hash);
        return hash != null && matches;
    }
}
