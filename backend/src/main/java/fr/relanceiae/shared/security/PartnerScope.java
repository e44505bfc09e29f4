package fr.relanceiae.shared.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a partner client may do (OAuth 2.0 scopes): a closed list. Which
 * operation each one opens is declared in {@link ScopeRequirements}.
 */
public enum PartnerScope {
    DIRECTORY_READ("directory:read", "Lecture de l'annuaire des structures"),
    SOURCING_WRITE("sourcing:write", "Dépôt de demandes de sourcing"),
    SOURCING_READ("sourcing:read", "Suivi de ses demandes de sourcing et des sollicitations"),
    SUPPLIES_READ("supplies:read", "Lecture des approvisionnements"),
    INDICATORS_READ("indicators:read", "Lecture des indicateurs agrégés");

    private final String value;
    private final String label;

    PartnerScope(String value, String label) {
        this.value = value;
        this.label = label;
    }

    /** The scope as it appears in tokens and requests ({@code directory:read}). */
    public String value() {
        return value;
    }

    /** What it allows, in French, for people. */
    public String label() {
        return label;
    }

    public static Optional<PartnerScope> fromValue(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }

    public static List<String> allValues() {
        return Arrays.stream(values()).map(PartnerScope::value).toList();
    }
}
