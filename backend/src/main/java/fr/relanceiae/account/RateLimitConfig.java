package fr.relanceiae.account;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
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
    @Positive
    int partnerRequestsPerMinute();

    /** Failed logins from one address, whatever the e-mail (password spraying). */
    @WithDefault("50")
    @Positive
    int loginFailuresPerAddress();

    @WithDefault("PT15M")
    Duration loginFailureWindow();

    /** Failed client authentications (invalid_client) at the token endpoint for one client id. */
    @WithDefault("10")
    @Positive
    int clientAuthenticationFailuresPerClient();

    /** Failed client authentications at the token endpoint from one address, whatever the client id. */
    @WithDefault("50")
    @Positive
    int clientAuthenticationFailuresPerAddress();

    @WithDefault("PT15M")
    Duration clientAuthenticationFailureWindow();

    /** Wrong current passwords given to PUT /me/password by one user. */
    @WithDefault("5")
    @Positive
    int passwordChangeFailures();

    @WithDefault("PT15M")
    Duration passwordChangeFailureWindow();

    /** Password links (invitation, reset) checked or used from one address that did not work. */
    @WithDefault("50")
    @Positive
    int passwordTokenFailuresPerAddress();

    @WithDefault("PT15M")
    Duration passwordTokenFailureWindow();

    /** Sign-ups and verification resends from one address (every call counts, whatever its outcome). */
    @WithDefault("20")
    @Positive
    int signUpsPerAddress();

    /** Sign-ups and verification resends for one e-mail, whoever sends them. */
    @WithDefault("5")
    @Positive
    int signUpsPerEmail();

    @WithDefault("PT1H")
    Duration signUpWindow();
}
