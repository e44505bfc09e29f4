package fr.relanceiae.financing.compute;

import java.util.List;

import fr.relanceiae.shared.error.FieldError;

/**
 * A parsed value, or the problems that prevented it: each with its path in the JSON
 * ({@code condition.all[1].op}) and a French message, ready to be sent as the field
 * errors of a 400.
 */
public record ParseResult<T>(T value, List<FieldError> errors) {

    public ParseResult {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
