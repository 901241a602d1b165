package io.github.motcua.cli.serve;

import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.cli.job.Holidays;
import io.github.motcua.cli.job.RuleChoices;
import io.github.motcua.lunar.LunarDate;
import java.time.LocalDate;

/**
 * {@code GET /v1/calendar/…}: the national working calendar and the lunar calendar, as {@code motcua
 * calendar} gives them, one value per request; {@code culture-day=false} counts Culture Day as a
 * working day.
 */
final class CalendarEndpoints {
    private CalendarEndpoints() {}

    private static WorkingCalendar calendar(Query query) {
        return RuleChoices.nationalCalendar(query.bool("culture-day", true));
    }

    /** {@code working-day?date=}: whether the date is a working day. */
    static void workingDay(Exchange exchange, Snapshot master) throws Exception {
        Query query = exchange.query();
        LocalDate date = query.date("date");
        exchange.json(
                200, Exchange.object("date", date, "workingDay", calendar(query).isWorkingDay(date)));
    }

    /** {@code add?date=&days=}: the N-th working day after the date (before it for a negative N). */
    static void add(Exchange exchange, Snapshot master) throws Exception {
        Query query = exchange.query();
        LocalDate date = query.date("date");
        int days = query.integer("days");
        exchange.json(
                200,
                Exchange.object(
                        "date", date, "days", days, "result", calendar(query).plusWorkingDays(date, days)));
    }

    /** {@code between?from=&to=}: the working days after the first date up to and including the second. */
    static void between(Exchange exchange, Snapshot master) throws Exception {
        Query query = exchange.query();
        LocalDate from = query.date("from");
        LocalDate to = query.date("to");
        exchange.json(
                200,
                Exchange.object(
                        "from", from, "to", to, "workingDays", calendar(query).workingDaysBetween(from, to)));
    }

    /** {@code holidays?year=}: each day off and make-up working day of the year. */
    static void holidays(Exchange exchange, Snapshot master) throws Exception {
        Query query = exchange.query();
        exchange.json(200, Holidays.of(calendar(query), query.integer("year")));
    }

    /** {@code lunar?date=}: the lunar date of a solar date. */
    static void lunar(Exchange exchange, Snapshot master) throws Exception {
        LocalDate date = exchange.query().date("date");
        LunarDate lunar = LunarDate.from(date);
        exchange.json(
                200,
                Exchange.object(
                        "date",
                        date,
                        "lunar",
                        lunar.toString(),
                        "year",
                        lunar.year(),
                        "month",
                        lunar.month(),
                        "day",
                        lunar.day(),
                        "leap",
                        lunar.isLeapMonth()));
    }
}
