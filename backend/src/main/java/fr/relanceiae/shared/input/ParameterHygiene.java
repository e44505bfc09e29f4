package fr.relanceiae.shared.input;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fr.relanceiae.shared.error.InvalidParameterException;

/**
 * Refuses a query or path parameter holding a control character (%00…) before
 * any resource reads it: a 400 naming the parameter, whichever the endpoint.
 */
public class ParameterHygiene {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        check(uri.getPathParameters(true));
        check(uri.getQueryParameters(true));
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            boolean dirty = InputRules.hasControlCharacter(name)
                    || parameter.getValue().stream().anyMatch(InputRules::hasControlCharacter);
            if (dirty) {
                throw new InvalidParameterException(printable(name), InputRules.CONTROL_CHARACTER_MESSAGE);
            }
        }
    }

    /** The parameter's name as it can be shown back: control characters replaced by '?'. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder(Math.min(name.length(), 100));
        name.codePoints().limit(100)
                .forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return shown.toString();
    }
}
