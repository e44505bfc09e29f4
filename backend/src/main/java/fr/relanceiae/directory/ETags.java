package fr.relanceiae.directory;

import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;

/**
 * Entity tags from the {@code version} column, and the If-Match rule of every
 * write: required (428), and it must name the current version (412).
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static void check(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Envoyez l'en-tête If-Match avec l'ETag de la version lue.");
        }
        if (!matches(ifMatch, currentVersion)) {
            throw stale();
        }
    }

    static ProblemException stale() {
        return new ProblemException(ProblemType.PRECONDITION_FAILED,
                "Quelqu'un d'autre a enregistré une modification entre-temps : rechargez puis recommencez.");
    }

    static boolean matches(String ifMatch, long currentVersion) {
        String current = of(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
