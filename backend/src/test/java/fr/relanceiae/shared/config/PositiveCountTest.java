package fr.relanceiae.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.relanceiae.account.RateLimitConfig;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** A count in the settings is a whole number of at least 1; anything else stops the start with the setting's name. */
class PositiveCountTest {

    private static SmallRyeConfig settings(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withMapping(RateLimitConfig.class)
                .withSources(new PropertiesConfigSource(values, "test", 500)).build();
    }

    @Test
    void a_whole_number_of_at_least_one_is_read_as_it_is() {
        assertThat(new PositiveCount().convert("1")).isEqualTo(1);
        assertThat(new PositiveCount().convert(" 600 ")).isEqualTo(600);
        assertThat(settings(Map.of("relance.rate-limit.sign-ups-per-email", "7")).getConfigMapping(RateLimitConfig.class)
                .signUpsPerEmail()).isEqualTo(7);
    }

    @Test
    void zero_a_negative_number_or_not_a_whole_number_is_refused() {
        assertThatThrownBy(() -> new PositiveCount().convert("0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new PositiveCount().convert("-5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new PositiveCount().convert("1,5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a whole number");
    }

    @Test
    void a_settings_class_refuses_zero_and_names_the_setting() {
        assertThatThrownBy(() -> settings(Map.of("relance.rate-limit.sign-ups-per-email", "0")))
                .hasMessageContaining("relance.rate-limit.sign-ups-per-email");
    }
}
