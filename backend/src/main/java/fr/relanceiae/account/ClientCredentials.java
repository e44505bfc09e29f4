package fr.relanceiae.account;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import fr.relanceiae.shared.input.InputRules;

/** The client id and secret of a token request, from the HTTP Basic header or the form body. */
record ClientCredentials(String clientId, String secret, boolean basic) {

    static final int MAX_CLIENT_ID_LENGTH = 64;
    static final int MAX_SECRET_LENGTH = 200;

    /** Whether from the form or the Basic header, id and secret are checked before any lookup. */
    ClientCredentials {
        formValue("client_id", clientId, MAX_CLIENT_ID_LENGTH);
        formValue("client_secret", secret, MAX_SECRET_LENGTH);
    }

    /**
     * A parameter of the token request, refused with {@code invalid_request} when
     * too long or holding a control character (PostgreSQL refuses NUL in text).
     */
    static String formValue(String parameter, String value, int maxLength) {
        if (value != null && (value.length() > maxLength || InputRules.hasControlCharacter(value))) {
            throw OAuthException.invalidRequest(parameter + " must be at most " + maxLength
                    + " characters, without control characters.");
        }
        return value;
    }

    /**
     * RFC 6749 §2.3.1: one authentication method per request; with Basic, id and
     * secret are form-encoded before base64.
     */
    static ClientCredentials from(String authorization, String bodyClientId, String bodySecret) {
        boolean inBody = bodyClientId != null || bodySecret != null;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (inBody) {
                throw OAuthException.invalidRequest("Client credentials must be sent either with HTTP Basic or in the body, not both.");
            }
            return decodeBasic(authorization.substring(6).trim());
        }
        if (!inBody) {
            throw OAuthException.invalidClient("Client authentication is required.", false);
        }
        if (isBlank(bodyClientId) || isBlank(bodySecret)) {
            throw OAuthException.invalidRequest("Both client_id and client_secret are required.");
        }
        return new ClientCredentials(bodyClientId, bodySecret, false);
    }

    private static ClientCredentials decodeBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("The Authorization header is not valid Basic credentials.");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw OAuthException.invalidRequest("The Authorization header is not valid Basic credentials.");
        }
        try {
            return new ClientCredentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8), true);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("The Authorization header is not valid Basic credentials.");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
