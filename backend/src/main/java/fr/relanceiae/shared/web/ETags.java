package fr.relanceiae.shared.web;

import java.net.URI;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.jboss.resteasy.reactive.RestResponse;

import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;

/**
 * Entity tags from the {@code version} column of a {@link VersionedEntity}, and
 * the If-Match rule of every write: required, naming one precise version (428
 * without it, or with {@code *}, which would skip the lost-update check), and
 * that version must be the current one (412).
 */
public final class ETags {

    /** The description of the If-Match header of every write, for the contract. */
    public static final String IF_MATCH_DESCRIPTION =
            "The ETag of the version read; required (428 without it or with `*`, 412 when stale)";

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** A 200 carrying the representation and, as its ETag, the version it shows. */
    public static <T> RestResponse<T> ok(T representation, long version) {
        return RestResponse.ResponseBuilder.ok(representation).tag(String.valueOf(version)).build();
    }

    /** A 201 with the new resource's address, its representation and, as its ETag, its first version. */
    public static <T> RestResponse<T> created(URI location, T representation, long version) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(representation).tag(String.valueOf(version))
                .build();
    }

    public static void check(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Envoyez l'en-tête If-Match avec l'ETag de la version lue.");
        }
        if (namesAnyVersion(ifMatch)) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "L'en-tête If-Match doit porter l'ETag précis de la version lue : « * » n'est pas accepté.");
        }
        if (!matches(ifMatch, currentVersion)) {
            throw stale();
        }
    }

    public static ProblemException stale() {
        return new ProblemException(ProblemType.PRECONDITION_FAILED,
                "Quelqu'un d'autre a enregistré une modification entre-temps : rechargez puis recommencez.");
    }

    /**
     * Writes pending changes now. Two writers that both matched If-Match race to
     * here; the second one's update finds a newer version and becomes a 412, not
     * a failure at commit.
     */
    public static void flush(EntityManager entityManager) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw stale();
        }
    }

    static boolean matches(String ifMatch, long currentVersion) {
        String current = of(currentVersion);
        for (String tag : ifMatch.split(",")) {
            if (withoutWeakPrefix(tag).equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAnyVersion(String ifMatch) {
        for (String tag : ifMatch.split(",")) {
            if (withoutWeakPrefix(tag).equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static String withoutWeakPrefix(String tag) {
        String candidate = tag.strip();
        return candidate.startsWith("W/") ? candidate.substring(2) : candidate;
    }
}
