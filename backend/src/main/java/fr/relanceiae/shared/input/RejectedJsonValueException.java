package fr.relanceiae.shared.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right type that no field may hold (a control character, a
 * decimal with a huge exponent). A {@link MismatchedInputException}, so Jackson
 * adds the field's path and the API answers the usual validation problem naming it.
 */
public class RejectedJsonValueException extends MismatchedInputException {

    private final String reason;

    RejectedJsonValueException(JsonParser parser, Class<?> targetType, String reason) {
        super(parser, reason, targetType);
        this.reason = reason;
    }

    /** Why the value is refused, in French, for the problem's {@code errors[].message}. */
    public String reason() {
        return reason;
    }
}
