package fr.relanceiae.shared.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start without a JWT key pair. With the embedded database one is
 * generated in the data directory; with an external database (production) the
 * operator must provide it, so that every replica signs and verifies alike.
 */
@ApplicationScoped
public class JwtKeysCheck {

    static final String MESSAGE = "No JWT key pair is configured. With an external database, set "
            + "SMALLRYE_JWT_SIGN_KEY_LOCATION (private key, PEM PKCS#8) and MP_JWT_VERIFY_PUBLICKEY_LOCATION "
            + "(public key, PEM) — see README.md, section Configuration. Generate a pair with: "
            + "openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out private.pem && "
            + "openssl pkey -in private.pem -pubout -out public.pem";

    void onStart(@Observes StartupEvent event, Config config) {
        boolean canSign = isSet(config, "smallrye.jwt.sign.key.location") || isSet(config, "smallrye.jwt.sign.key");
        boolean canVerify = isSet(config, "mp.jwt.verify.publickey.location") || isSet(config, "mp.jwt.verify.publickey");
        if (!canSign || !canVerify) {
            throw new IllegalStateException(MESSAGE);
        }
    }

    private static boolean isSet(Config config, String name) {
        Optional<String> value = config.getOptionalValue(name, String.class);
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
