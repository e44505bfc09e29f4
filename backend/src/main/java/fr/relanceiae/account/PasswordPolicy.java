package fr.relanceiae.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import fr.relanceiae.shared.error.ProblemException;

/**
 * What a password chosen by a person must be, wherever it is set (sign-up, invitation or reset
 * link, change): at least {@link Passwords#MIN_LENGTH} characters, and not one of the common
 * passwords shipped in {@code account/common-passwords.txt} (compared without case; the list's
 * origin and licence are in its header).
 */
public final class PasswordPolicy {

    static final String LIST = "account/common-passwords.txt";
    public static final String TOO_SHORT = "Le mot de passe doit compter au moins " + Passwords.MIN_LENGTH + " caractères.";
    public static final String TOO_COMMON = "Ce mot de passe est trop courant : il figure parmi les plus utilisés, "
            + "que les pirates essaient en premier. Choisissez-en un autre, par exemple une phrase de quelques mots.";

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Refuses the password with a 400 on {@code field} when it breaks the policy. */
    public static void check(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < Passwords.MIN_LENGTH) {
            throw ProblemException.invalidField(field, TOO_SHORT);
        }
        if (isCommon(password)) {
            throw ProblemException.invalidField(field, TOO_COMMON);
        }
    }

    public static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> passwords = new HashSet<>(65_536);
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (header && line.startsWith("#")) {
                    continue;
                }
                header = false;
                if (!line.isEmpty()) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
