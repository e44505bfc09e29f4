package fr.relanceiae.account.signup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The versions of the terms of use and of the privacy notice in force ({@code relance.legal.*}),
 * recorded with each sign-up's consent. Change them when the texts change.
 */
@ConfigMapping(prefix = "relance.legal")
public interface LegalConfig {

    @WithDefault("2026-12")
    String termsVersion();

    @WithDefault("2026-12")
    String privacyVersion();
}
