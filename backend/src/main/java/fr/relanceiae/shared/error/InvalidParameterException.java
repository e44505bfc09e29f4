package fr.relanceiae.shared.error;

import jakarta.ws.rs.BadRequestException;

/**
 * A query, path or header parameter that cannot be converted to its type. A
 * WebApplicationException, so that JAX-RS does not turn it into a 404.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
