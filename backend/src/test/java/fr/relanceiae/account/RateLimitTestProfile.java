package fr.relanceiae.account;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Small limits for the rate limit tests (the test profile raises them out of reach for the
 * other tests, which all come from 127.0.0.1), and a trusted proxy on loopback, so that each
 * test comes from addresses of its own through X-Forwarded-For.
 */
public class RateLimitTestProfile implements QuarkusTestProfile {

    static final int PARTNER_REQUESTS_PER_MINUTE = 5;
    static final int LOGIN_FAILURES_PER_ADDRESS = 4;
    static final int CLIENT_FAILURES_PER_CLIENT = 3;
    static final int CLIENT_FAILURES_PER_ADDRESS = 5;
    static final int PASSWORD_CHANGE_FAILURES = 3;
    static final int PASSWORD_TOKEN_FAILURES_PER_ADDRESS = 3;
    static final int SIGN_UPS_PER_ADDRESS = 4;
    static final int SIGN_UPS_PER_EMAIL = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("relance.rate-limit.sign-ups-per-address", Integer.toString(SIGN_UPS_PER_ADDRESS)),
                Map.entry("relance.rate-limit.sign-ups-per-email", Integer.toString(SIGN_UPS_PER_EMAIL)),
                Map.entry("relance.rate-limit.partner-requests-per-minute", Integer.toString(PARTNER_REQUESTS_PER_MINUTE)),
                Map.entry("relance.rate-limit.login-failures-per-address", Integer.toString(LOGIN_FAILURES_PER_ADDRESS)),
                Map.entry("relance.rate-limit.client-authentication-failures-per-client", Integer.toString(CLIENT_FAILURES_PER_CLIENT)),
                Map.entry("relance.rate-limit.client-authentication-failures-per-address", Integer.toString(CLIENT_FAILURES_PER_ADDRESS)),
                Map.entry("relance.rate-limit.password-change-failures", Integer.toString(PASSWORD_CHANGE_FAILURES)),
                Map.entry("relance.rate-limit.password-token-failures-per-address", Integer.toString(PASSWORD_TOKEN_FAILURES_PER_ADDRESS)),
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                Map.entry("quarkus.http.proxy.trusted-proxies", "127.0.0.1,[::1]"));
    }
}
