package fr.relanceiae.account.signup;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sign-up links ({@code relance.sign-up.*}); the rate limits are in {@code relance.rate-limit.sign-ups-*}. */
@ConfigMapping(prefix = "relance.sign-up")
public interface SignUpConfig {

    /** How long the e-mail verification link works. */
    @WithDefault("PT24H")
    Duration verificationTtl();

    /** How long the link sent to a structure's contact e-mail works. */
    @WithDefault("P7D")
    Duration claimLinkTtl();
}
