package fr.relanceiae.barometer.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

    private static final IsoWeek W48 = new IsoWeek(2026, 48);

    @Test
    void a_week_is_read_and_written_as_year_W_two_digit_week() {
        assertThat(IsoWeek.parse("2026-W48")).isEqualTo(W48);
        assertThat(W48).hasToString("2026-W48");
        assertThat(IsoWeek.parse("2027-W01")).hasToString("2027-W01");
    }

    @Test
    void a_week_starts_on_its_monday_and_belongs_to_the_year_of_its_thursday() {
        assertThat(W48.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(W48.sunday()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(new IsoWeek(2026, 1).monday()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(IsoWeek.containing(LocalDate.of(2025, 12, 29))).isEqualTo(new IsoWeek(2026, 1));
        assertThat(IsoWeek.containing(LocalDate.of(2021, 1, 3))).isEqualTo(new IsoWeek(2020, 53));
    }

    @Test
    void some_years_have_53_weeks() {
        assertThat(IsoWeek.weeksIn(2026)).isEqualTo(53);
        assertThat(IsoWeek.weeksIn(2020)).isEqualTo(53);
        assertThat(IsoWeek.weeksIn(2025)).isEqualTo(52);
        assertThat(IsoWeek.parse("2026-W53").monday()).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void next_and_previous_cross_the_years_through_week_53_when_there_is_one() {
        assertThat(W48.next()).isEqualTo(new IsoWeek(2026, 49));
        assertThat(W48.previous()).isEqualTo(new IsoWeek(2026, 47));
        assertThat(new IsoWeek(2026, 53).next()).isEqualTo(new IsoWeek(2027, 1));
        assertThat(new IsoWeek(2026, 1).previous()).isEqualTo(new IsoWeek(2025, 52));
        assertThat(new IsoWeek(2021, 1).previous()).isEqualTo(new IsoWeek(2020, 53));
        assertThat(W48.plusWeeks(10)).isEqualTo(new IsoWeek(2027, 5));
    }

    @Test
    void the_week_of_an_instant_is_the_week_of_its_date_in_paris() {
        // Sunday 29 November 2026, 23:59:59 in Paris (UTC+1): still week 48.
        assertThat(IsoWeek.of(Instant.parse("2026-11-29T22:59:59Z"))).isEqualTo(W48);
        // One second later it is Monday in Paris, while still Sunday in UTC.
        assertThat(IsoWeek.of(Instant.parse("2026-11-29T23:00:00Z"))).isEqualTo(new IsoWeek(2026, 49));
        assertThat(W48.start()).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
        assertThat(W48.end()).isEqualTo(Instant.parse("2026-11-29T23:00:00Z"));
    }

    @Test
    void the_week_of_the_change_to_summer_time_is_one_hour_short() {
        IsoWeek springForward = new IsoWeek(2026, 13);
        assertThat(springForward.start()).isEqualTo(Instant.parse("2026-03-22T23:00:00Z"));
        assertThat(springForward.end()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(Duration.between(springForward.start(), springForward.end())).isEqualTo(Duration.ofHours(167));
    }

    @Test
    void weeks_are_ordered_in_time() {
        assertThat(new IsoWeek(2025, 52)).isLessThan(new IsoWeek(2026, 1));
        assertThat(W48.isBefore(W48.next())).isTrue();
        assertThat(W48.isAfter(W48.previous())).isTrue();
        assertThat(W48.isAfter(W48)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-48", "2026W48", "2026-w48", " 2026-W48", "2026-W48 ", "2026-W4", "2026-W048",
            "26-W48", "02026-W48", "2026-S48", "２０２６-W48", "", "2026-W4a" })
    void any_other_form_is_refused_in_french(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.parse(text))
                .withMessage("semaine ISO attendue au format AAAA-Wss, par exemple 2026-W48");
    }

    @Test
    void nothing_is_no_week() {
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.parse(null))
                .withMessage("semaine ISO attendue au format AAAA-Wss, par exemple 2026-W48");
    }

    @Test
    void a_week_the_year_does_not_have_is_refused_saying_how_many_it_has() {
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.parse("2026-W54"))
                .withMessage("la semaine 54 n'existe pas : l'année ISO 2026 compte 53 semaines (de W01 à W53)");
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.parse("2025-W53"))
                .withMessage("la semaine 53 n'existe pas : l'année ISO 2025 compte 52 semaines (de W01 à W52)");
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.parse("2026-W00"))
                .withMessageStartingWith("la semaine 0 n'existe pas");
        assertThatIllegalArgumentException().isThrownBy(() -> new IsoWeek(2026, -1))
                .withMessageStartingWith("la semaine -1 n'existe pas");
    }

    @Test
    void the_year_is_within_0001_and_9999() {
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.parse("0000-W10"))
                .withMessage("l'année doit aller de 0001 à 9999, pas 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new IsoWeek(9999, IsoWeek.weeksIn(9999)).next())
                .withMessage("l'année doit aller de 0001 à 9999, pas 10000");
    }
}
