package fr.relanceiae.shared.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

class JwtKeysCheckTest {

    @Test
    void without_a_key_pair_the_app_refuses_to_start_and_says_what_to_set() {
        Config config = config(Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://db/relance"));
        assertThatThrownBy(() -> new JwtKeysCheck().onStart(null, config))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SMALLRYE_JWT_SIGN_KEY_LOCATION")
                .hasMessageContaining("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
    }

    @Test
    void with_only_the_public_key_it_still_refuses() {
        Config config = config(Map.of("mp.jwt.verify.publickey.location", "/keys/public.pem"));
        assertThatThrownBy(() -> new JwtKeysCheck().onStart(null, config)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void with_both_keys_it_starts() {
        Config config = config(Map.of("mp.jwt.verify.publickey.location", "/keys/public.pem",
                "smallrye.jwt.sign.key.location", "/keys/private.pem"));
        assertThatCode(() -> new JwtKeysCheck().onStart(null, config)).doesNotThrowAnyException();
    }

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 100)).build();
    }
}
