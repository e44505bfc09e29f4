package fr.relanceiae.barometer.indicators;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 week ({@code 2026-W48}), the period of an activity survey. Weeks start on Monday
 * and belong to the year of their Thursday, so 2026-W01 starts on Monday 29 December 2025 and
 * some years have 53 weeks (2026 does, 2025 does not).
 *
 * <p>The network works on Paris time: the week of an instant is the week of its date in
 * {@link #ZONE}, and a week {@linkplain #start() starts} at midnight on its Monday there, so a
 * survey sent on Sunday 23:30 in Paris belongs to the week that is ending, whatever the UTC date.
 *
 * <p>{@link #parse} is strict (four-digit year, capital {@code W}, two-digit week that exists
 * in that year) and explains a refusal in French, so the message can go to a field error as is.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    /** The time zone of the network: weeks begin and end at midnight in Paris. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    static final String FORMAT_MESSAGE = "semaine ISO attendue au format AAAA-Wss, par exemple 2026-W48";

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

    /**
     * @throws IllegalArgumentException in French, when the year has no such week (week 0, 54,
     *                                  or 53 in a year of 52 weeks) or the year is not within 1–9999
     */
    public IsoWeek {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("l'année doit aller de 0001 à 9999, pas " + year);
        }
        int weeks = weeksIn(year);
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException("la semaine " + week + " n'existe pas : l'année ISO " + year
                    + " compte " + weeks + " semaines (de W01 à W" + weeks + ")");
        }
    }

    /**
     * Reads {@code 2026-W48}. Nothing else is accepted: no spaces, no lower-case {@code w},
     * no {@code 2026-48}, no one-digit week.
     *
     * @throws IllegalArgumentException with a French message saying what is expected
     */
    public static IsoWeek parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException(FORMAT_MESSAGE);
        }
        return new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The week a date falls in (its week-based year may differ from its calendar year). */
    public static IsoWeek containing(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The week an instant falls in, on Paris time: the current week is {@code of(clock.instant())}. */
    public static IsoWeek of(Instant instant) {
        return containing(LocalDate.ofInstant(instant, ZONE));
    }

    /** How many ISO weeks the week-based year has: 53 when it starts or, in a leap year, ends on a Thursday. */
    public static int weeksIn(int year) {
        // 28 December is always in the last week of its year.
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The Monday that starts the week. */
    public LocalDate monday() {
        // 4 January is always in week 1.
        return LocalDate.of(year, 1, 4).with(DayOfWeek.MONDAY).plusWeeks(week - 1L);
    }

    /** The Sunday that ends the week. */
    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    /** Midnight on the Monday, in Paris: the first instant of the week. */
    public Instant start() {
        return monday().atStartOfDay(ZONE).toInstant();
    }

    /** Midnight on the next Monday, in Paris: the first instant after the week. */
    public Instant end() {
        return next().start();
    }

    public IsoWeek next() {
        return plusWeeks(1);
    }

    public IsoWeek previous() {
        return plusWeeks(-1);
    }

    public IsoWeek plusWeeks(long weeks) {
        return containing(monday().plusWeeks(weeks));
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    public boolean isBefore(IsoWeek other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(IsoWeek other) {
        return compareTo(other) > 0;
    }

    /** {@code 2026-W48}, the form {@link #parse} reads. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04d-W%02d", year, week);
    }
}
