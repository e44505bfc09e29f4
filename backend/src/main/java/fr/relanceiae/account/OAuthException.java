package fr.relanceiae.account;

/** Ends a token request with an RFC 6749 error; see {@link OAuthTokenResource}. */
public class OAuthException extends RuntimeException {

    private final String error;
    private final int status;
    private final boolean basicAuthenticationUsed;

    private OAuthException(String error, String description, int status, boolean basicAuthenticationUsed) {
        super(description);
        this.error = error;
        this.status = status;
        this.basicAuthenticationUsed = basicAuthenticationUsed;
    }

    public static OAuthException invalidRequest(String description) {
        return new OAuthException("invalid_request", description, 400, false);
    }

    public static OAuthException unsupportedGrantType(String description) {
        return new OAuthException("unsupported_grant_type", description, 400, false);
    }

    public static OAuthException invalidScope(String description) {
        return new OAuthException("invalid_scope", description, 400, false);
    }

    public static OAuthException invalidClient(String description, boolean basicAuthenticationUsed) {
        return new OAuthException("invalid_client", description, 401, basicAuthenticationUsed);
    }

    public String error() {
        return error;
    }

    public int status() {
        return status;
    }

    /** RFC 6749 §5.2: a 401 to a client that used HTTP Basic carries the matching challenge. */
    public boolean basicAuthenticationUsed() {
        return basicAuthenticationUsed;
    }
}
