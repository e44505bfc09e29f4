package fr.relanceiae.directory;

import java.util.List;
import java.util.Map;

import fr.relanceiae.shared.error.FieldError;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;

/**
 * A problem with one field of a structure, an activity or an offer. A blocking issue makes
 * the record unusable (the API answers 400, the import rejects the row); any other
 * concerns an optional value, which the API refuses too but the import drops with
 * a warning.
 */
public record Issue(String field, String message, boolean blocking) {

    public static Issue blocking(String field, String message) {
        return new Issue(field, message, true);
    }

    public static Issue dropped(String field, String message) {
        return new Issue(field, message, false);
    }

    /** The API's answer to any issue: a validation problem listing each field. */
    public static void refuseAny(List<Issue> issues) {
        if (!issues.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Certains champs sont invalides.",
                    issues.stream().map(issue -> new FieldError(issue.field(), issue.message())).toList(), Map.of());
        }
    }
}
