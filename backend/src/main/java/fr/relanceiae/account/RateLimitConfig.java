package fr.relanceiae.account;

import java.time.Duration;

import fr.relanceiae.shared.config.PositiveCount;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * Rate limits ({@code relance.rate-limit.*}), counted in PostgreSQL so that they hold
 * across replicas ({@link RateLimitCounters}). Each limit is "at most N in a window that
 * starts at the first hit"; the per-account login limit is {@link AuthConfig#maxFailedLogins()}.
 */
@ConfigMapping(prefix = "relance.rate-limit")
public interface RateLimitConfig {

    /** Off: no limit is counted or enforced (benchmarks, or a gateway that limits in front of the app). */
    @WithDefault("true")
    boolean enabled();

    /** Requests per minute of a partner client whose own limit is not set (admin, partner client form). */
    @WithDefault("600")
    @WithConverter(PositiveCount.class)
    int partnerRequestsPerMinute();

    /**
     * Anonymous calls to the public directory (search, profiles, reference lists) from one address per
     * minute; a search page makes a few (the lists are then kept by the browser).
     */
    @WithDefault("300")
    @WithConverter(PositiveCount.class)
    int anonymousRequestsPerMinute();

    /** Failed logins from one address, whatever the e-mail (password spraying). */
    @WithDefault("50")
    @WithConverter(PositiveCount.class)
    int loginFailuresPerAddress();

    @WithDefault("PT15M")
    Duration loginFailureWindow();

    /** Failed client authentications (invalid_client) at the token endpoint for one client id. */
    @WithDefault("10")
    @WithConverter(PositiveCount.class)
    int clientAuthenticationFailuresPerClient();

    /** Failed client authentications at the token endpoint from one address, whatever the client id. */
    @WithDefault("50")
    @WithConverter(PositiveCount.class)
    int clientAuthenticationFailuresPerAddress();

    @WithDefault("PT15M")
    Duration clientAuthenticationFailureWindow();

    /** Wrong current passwords given to PUT /me/password by one user. */
    @WithDefault("5")
    @WithConverter(PositiveCount.class)
    int passwordChangeFailures();

    @WithDefault("PT15M")
    Duration passwordChangeFailureWindow();

    /** Password links (invitation, reset) checked or used from one address that did not work. */
    @WithDefault("50")
    @WithConverter(PositiveCount.class)
    int passwordTokenFailuresPerAddress();

    @WithDefault("PT15M")
    Duration passwordTokenFailureWindow();

    /** Sign-ups and verification resends from one address (every call counts, whatever its outcome). */
    @WithDefault("20")
    @WithConverter(PositiveCount.class)
    int signUpsPerAddress();

    /** Sign-ups and verification resends for one e-mail, whoever sends them. */
    @WithDefault("5")
    @WithConverter(PositiveCount.class)
    int signUpsPerEmail();

    @WithDefault("PT1H")
    Duration signUpWindow();
}
