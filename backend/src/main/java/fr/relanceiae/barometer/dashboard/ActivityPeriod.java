package fr.relanceiae.barometer.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.shared.error.ProblemException;

/** The weeks the indicators cover: {@code from} to {@code to} included, at most {@value #MAX_WEEKS} weeks. */
record ActivityPeriod(IsoWeek from, IsoWeek to) {

    static final int MAX_WEEKS = 104;
    /** Without {@code from}: the last 12 weeks up to {@code to}. */
    static final int DEFAULT_WEEKS = 12;

    /**
     * The period the parameters name (already checked against the week pattern), the current week
     * ({@code now}, Paris time) for a missing {@code to}; a 400 naming the parameter otherwise.
     */
    static ActivityPeriod of(String from, String to, Instant now) {
        IsoWeek last = to == null ? IsoWeek.of(now) : week("to", to);
        IsoWeek first = from == null ? last.plusWeeks(1 - DEFAULT_WEEKS) : week("from", from);
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "la première semaine (" + first
                    + ") doit précéder la dernière (" + last + ")");
        }
        long weeks = ChronoUnit.WEEKS.between(first.monday(), last.monday()) + 1;
        if (weeks > MAX_WEEKS) {
            throw ProblemException.invalidField(from == null ? "to" : "from", "la période couvre " + weeks
                    + " semaines ; " + MAX_WEEKS + " au plus");
        }
        return new ActivityPeriod(first, last);
    }

    /** A week parameter; a week that does not exist (2026-W54) is a 400 naming it. */
    static IsoWeek week(String parameter, String text) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, e.getMessage());
        }
    }

    LocalDate firstMonday() {
        return from.monday();
    }

    LocalDate lastMonday() {
        return to.monday();
    }

    List<IsoWeek> weeks() {
        List<IsoWeek> weeks = new ArrayList<>();
        for (IsoWeek week = from; !week.isAfter(to); week = week.next()) {
            weeks.add(week);
        }
        return weeks;
    }
}
