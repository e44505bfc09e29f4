package fr.relanceiae.account;

/** Ends a token request with an RFC 6749 error; see {@link OAuthTokenResource}. */
public class OAuthException extends RuntimeException {

    static final String INVALID_CLIENT = "invalid_client";

    private final String error;
    private final int status;
    private final boolean basicAuthenticationUsed;
    private final long retryAfterSeconds;

    private OAuthException(String error, String description, int status, boolean basicAuthenticationUsed) {
        this(error, description, status, basicAuthenticationUsed, 0);
    }

    private OAuthException(String error, String description, int status, boolean basicAuthenticationUsed,
            long retryAfterSeconds) {
        super(description);
        this.error = error;
        this.status = status;
        this.basicAuthenticationUsed = basicAuthenticationUsed;
        this.retryAfterSeconds = retryAfterSeconds;
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
        return new OAuthException(INVALID_CLIENT, description, 401, basicAuthenticationUsed);
    }

    /**
     * Too many failed client authentications (FailureLimits): 429 with Retry-After. RFC 6749
     * has no error for it; {@code slow_down} is the registered OAuth error (RFC 8628) that
     * asks a client to wait at the token endpoint.
     */
    public static OAuthException slowDown(String description, long retryAfterSeconds) {
        return new OAuthException("slow_down", description, 429, false, Math.max(1, retryAfterSeconds));
    }

    public String error() {
        return error;
    }

    public int status() {
        return status;
    }

    /** Seconds to wait before trying again (a Retry-After header); 0: none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** RFC 6749 §5.2: a 401 to a client that used HTTP Basic carries the matching challenge. */
    public boolean basicAuthenticationUsed() {
        return basicAuthenticationUsed;
    }
}
