package fr.relanceiae.sourcing.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FrenchNumbersTest {

    @Test
    void integers_are_grouped_by_three_with_spaces() {
        assertThat(FrenchNumbers.integer(0)).isEqualTo("0");
        assertThat(FrenchNumbers.integer(999)).isEqualTo("999");
        assertThat(FrenchNumbers.integer(1000)).isEqualTo("1 000");
        assertThat(FrenchNumbers.integer(1234567)).isEqualTo("1 234 567");
        assertThat(FrenchNumbers.integer(-45000)).isEqualTo("-45 000");
    }

    @Test
    void one_decimal_with_a_comma_rounded_half_up() {
        assertThat(FrenchNumbers.oneDecimal(3.24)).isEqualTo("3,2");
        assertThat(FrenchNumbers.oneDecimal(3.25)).isEqualTo("3,3");
        assertThat(FrenchNumbers.oneDecimal(0.1)).isEqualTo("0,1");
        assertThat(FrenchNumbers.oneDecimal(1234.56)).isEqualTo("1 234,6");
    }

    @Test
    void amounts_show_cents_only_when_there_are_some() {
        assertThat(FrenchNumbers.amount(new BigDecimal("50000.00"))).isEqualTo("50 000");
        assertThat(FrenchNumbers.amount(new BigDecimal("1234.5"))).isEqualTo("1 234,50");
    }
}
