package fr.relanceiae.directory;

import java.util.Locale;
import java.util.Optional;

/** NAF (APE) activity codes: "62.01z " is normalised to "6201Z"; anything else is not a NAF code. */
public final class Naf {

    private Naf() {
    }

    public static Optional<String> normalise(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String code = value.trim().toUpperCase(Locale.ROOT).replace(".", "");
        return code.matches("\\d{4}[A-Z]") ? Optional.of(code) : Optional.empty();
    }
}
