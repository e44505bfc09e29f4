package fr.relanceiae.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NafTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource({ "'62.01z ', 6201Z", "8130Z, 8130Z", "' 81.30.z', 8130Z", "'8130', ''", "'81300', ''", "'ABCDE', ''" })
    void a_naf_code_is_trimmed_upper_cased_and_loses_its_dots(String input, String expected) {
        assertThat(Naf.normalise(input)).isEqualTo(expected.isEmpty() ? Optional.empty() : Optional.of(expected));
    }
}
