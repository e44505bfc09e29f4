package fr.relanceiae.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of login, sessions and password links ({@code relance.auth.*}). */
@ConfigMapping(prefix = "relance.auth")
public interface AuthConfig {

    /** Lifetime of access tokens; at most 30 minutes. */
    @WithDefault("PT15M")
    Duration accessTokenTtl();

    /** Lifetime of a refresh token (each refresh issues a new one). */
    @WithDefault("P14D")
    Duration refreshTokenTtl();

    /** Mark the refresh cookie Secure even when the request reached us over plain HTTP (TLS ends at a proxy). */
    @WithDefault("false")
    boolean secureCookie();

    /** Failed logins for one e-mail within {@link #failedLoginWindow()} after which logins answer 429. */
    @WithDefault("10")
    int maxFailedLogins();

    @WithDefault("PT15M")
    Duration failedLoginWindow();

    @WithDefault("PT72H")
    Duration invitationTtl();

    @WithDefault("PT1H")
    Duration passwordResetTtl();

    /** Reset e-mails sent to one account per hour at most; further requests are silently ignored. */
    @WithDefault("3")
    int maxPasswordResetsPerHour();
}
