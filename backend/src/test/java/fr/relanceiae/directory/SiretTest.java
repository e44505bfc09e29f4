package fr.relanceiae.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiretTest {

    @ParameterizedTest(name = "{0} is valid: {1}")
    @CsvSource({
            "73282932000074, true",   // Luhn sum multiple of 10
            "73282932000075, false",  // one digit off
            "44306184100047, true",
            "35600000049837, true",   // La Poste: digit sum 35, multiple of 5, though Luhn fails
            "35600000000048, false",  // La Poste: passes Luhn, but digit sum 26 is not a multiple of 5
            "7328293200007, false",   // 13 digits
            "7328293200007A, false",
            "'', false" })
    void a_siret_is_valid_by_luhn_or_by_the_la_poste_rule(String siret, boolean valid) {
        assertThat(Siret.isValid(siret)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} passes Luhn: {1}")
    @CsvSource({ "732829320, true", "732829321, false", "73282932A, false", "'', false" })
    void digits_pass_the_luhn_check_or_not(String digits, boolean valid) {
        assertThat(Siret.isLuhnValid(digits)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({ "'732 829 320 00074', 73282932000074", "'732.829.320-00074', 73282932000074" })
    void spaces_dots_and_dashes_are_removed(String input, String expected) {
        assertThat(Siret.normalise(input)).isEqualTo(expected);
    }
}
