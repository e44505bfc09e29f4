package fr.relanceiae.sourcing.solicitation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A request's {@code responseDeadline} is a date: answers are accepted until 23:59:59
 * Paris time that day, and personal links work 7 days more (so a late visitor still reads
 * the request and its answer).
 */
public final class SolicitationDeadlines {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int LINK_DAYS_AFTER_DEADLINE = 7;
    /** Links of a request without a deadline (none is published so, but the column allows it). */
    static final Duration LINK_VALIDITY_WITHOUT_DEADLINE = Duration.ofDays(90);
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private SolicitationDeadlines() {
    }

    /** The first instant answers are refused: midnight Paris time after the deadline day. */
    public static Instant end(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(PARIS).toInstant();
    }

    public static boolean passed(LocalDate deadline, Instant now) {
        return deadline != null && !now.isBefore(end(deadline));
    }

    public static Instant linkExpiry(LocalDate deadline, Instant sentAt) {
        return deadline == null ? sentAt.plus(LINK_VALIDITY_WITHOUT_DEADLINE)
                : end(deadline.plusDays(LINK_DAYS_AFTER_DEADLINE));
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, PARIS);
    }

    /** "15 janvier 2027". */
    public static String french(LocalDate date) {
        return date == null ? "" : FRENCH_DATE.format(date);
    }
}
