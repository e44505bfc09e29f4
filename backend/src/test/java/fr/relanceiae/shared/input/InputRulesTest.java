package fr.relanceiae.shared.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputRulesTest {

    @ParameterizedTest
    @ValueSource(strings = { "0", "12.5", "999999.99", "-3", "1E+29", "0.000000000000000000000000000001",
            "123456789012345678901234567890", "0E-30" })
    void ordinary_decimals_are_bounded(String text) {
        assertThat(InputRules.isBoundedDecimal(new BigDecimal(text))).isTrue();
        assertThat(InputRules.parseDecimal(text)).isEqualByComparingTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "1e-2000000", "1e2000000", "0E-2000000", "1E+30", "0.0000000000000000000000000000001",
            "1234567890123456789012345678901" })
    void decimals_with_huge_exponents_or_too_many_digits_are_not(String text) {
        assertThat(InputRules.isBoundedDecimal(new BigDecimal(text))).isFalse();
        assertThatThrownBy(() -> InputRules.parseDecimal(text)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "a\u0000b", "\u0001", "bell\u0007", "escape\u001b[31m", "del\u007f" })
    void control_characters_are_found(String text) {
        assertThat(InputRules.hasControlCharacter(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Entreprise d'insertion", "ligne\nligne", "a\tb\r\n", "émoji 🙂 עברית" })
    void tabs_new_lines_and_any_printable_text_are_not_control_characters(String text) {
        assertThat(InputRules.hasControlCharacter(text)).isFalse();
    }
}
