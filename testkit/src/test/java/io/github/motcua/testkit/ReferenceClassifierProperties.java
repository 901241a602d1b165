package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.VietnamTime;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.procedure.ProcessingTime;
import io.github.motcua.procedure.ProcessingTimeUnit;
import io.github.motcua.timeliness.EndInstantPolicy;
import io.github.motcua.timeliness.Granularity;
import io.github.motcua.timeliness.Timeliness;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The classifier against an oracle written from the rules table of docs/rules.md §2.2 and §2.5,
 * day by day, with nothing of the library but {@link WorkingCalendar#isWorkingDay}: for dossiers
 * without supplement requests or extensions, in working days, calendar days or the same day, under
 * every combination of the named policies (those that concern supplements, extensions and
 * attribution must change nothing for such a dossier). A classifier that never says ON_TIME, or moves a receipt wrongly, fails it.
 */
class ReferenceClassifierProperties {
    private static final WorkingCalendar CALENDAR = VietnamCalendars.official();
    private static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

    /** The catalogue's procedures the oracle covers, by code (Fixtures.TIMES without working hours). */
    private static final List<Integer> COVERED = List.of(0, 2, 3);

    @Provide
    Arbitrary<Dossier> dossiers() {
        return Fixtures.dossiers()
                .map(dossier -> Dossier.builder()
                        .from(dossier)
                        .supplementRequests(List.of())
                        .extensions(List.of())
                        .build())
                .filter(dossier -> COVERED.stream().map(Fixtures::code).anyMatch(dossier.procedureCode()::equals));
    }

    @Property(tries = 3000)
    void theClassifierAgreesWithTheRulesTable(
            @ForAll("dossiers") Dossier dossier,
            @ForAll @IntRange(min = 0, max = 120) int daysAfterReceipt,
            @ForAll("policies") Policies policies) {
        LocalDate reportDate = dossier.receivedDate().plusDays(daysAfterReceipt);

        assertThat(policies.classifier().classify(dossier, reportDate).timeliness())
                .isEqualTo(expected(dossier, reportDate, policies.granularity(), policies.endInstant()));
    }

    @Provide
    Arbitrary<Policies> policies() {
        return Policies.all();
    }

    /** The class by the rules table. */
    private static Timeliness expected(
            Dossier dossier, LocalDate reportDate, Granularity granularity, EndInstantPolicy endInstant) {
        ProcessingTime time =
                Fixtures.TIMES.get(Integer.parseInt(dossier.procedureCode().substring(7)));
        LocalDate due = dueDate(start(dossier.receivedAt()), time);
        boolean byInstant = switch (granularity) {
            case DATE -> false;
            case INSTANT -> true;
            case BY_PROCESSING_TIME -> time.unit() == ProcessingTimeUnit.SAME_DAY;
        };
        Instant dueInstant =
                LocalDateTime.of(due, END_OF_DAY).atZone(VietnamTime.ZONE).toInstant();
        Outcome outcome = dossier.outcome().orElse(null);
        boolean resultReadyCounts =
                outcome == Outcome.RESOLVED && endInstant == EndInstantPolicy.RESULT_READY_ELSE_RETURNED;
        Optional<Instant> end =
                resultReadyCounts ? dossier.resultReadyAt().or(dossier::returnedAt) : dossier.returnedAt();
        if (outcome != null && end.isPresent() && !VietnamTime.dateOf(end.get()).isAfter(reportDate)) {
            if (outcome != Outcome.RESOLVED) {
                return Timeliness.valueOf(outcome.name());
            }
            LocalDate ended = VietnamTime.dateOf(end.get());
            if (ended.isBefore(due)) {
                return Timeliness.EARLY;
            }
            if (ended.isAfter(due) || (byInstant && end.get().isAfter(dueInstant))) {
                return Timeliness.LATE;
            }
            return Timeliness.ON_TIME;
        }
        boolean overdue = reportDate.isAfter(due) || (byInstant && reportDate.equals(due));
        return overdue ? Timeliness.PENDING_OVERDUE : Timeliness.PENDING_WITHIN;
    }

    /** The day counting starts from: the receipt's day when it is a working day before 17:00, else the next working day. */
    private static LocalDate start(Instant received) {
        LocalDateTime local = LocalDateTime.ofInstant(received, VietnamTime.ZONE);
        LocalDate day = local.toLocalDate();
        if (CALENDAR.isWorkingDay(day) && local.toLocalTime().isBefore(END_OF_DAY)) {
            return day;
        }
        return nextWorkingDay(day);
    }

    private static LocalDate dueDate(LocalDate start, ProcessingTime time) {
        return switch (time.unit()) {
            case WORKING_DAYS -> {
                LocalDate day = start;
                for (int counted = 0; counted < time.amount(); ) {
                    day = day.plusDays(1);
                    if (CALENDAR.isWorkingDay(day)) {
                        counted++;
                    }
                }
                yield day;
            }
            case CALENDAR_DAYS -> {
                LocalDate day = start.plusDays(time.amount());
                yield CALENDAR.isWorkingDay(day) ? day : nextWorkingDay(day);
            }
            case SAME_DAY -> start;
            case WORKING_HOURS -> throw new IllegalArgumentException("not covered by the oracle: " + time);
        };
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!CALENDAR.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
