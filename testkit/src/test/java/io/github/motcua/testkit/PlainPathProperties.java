package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.InvalidValueException;
import io.github.motcua.VietnamTime;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.Deadline;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.excusal.ExcusalRule;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.Timeliness;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.timeliness.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The plain path that reports take for most dossiers ({@link DeadlineRules#plainDue}, {@link
 * TimelinessClassifier#plainTimeliness}, and {@link Counted} without its deadline and verdict)
 * against the general path that builds them, over generated procedures (every processing-time unit,
 * cut-off times, steps), dossiers (supplement requests, extensions, appointment dates, outcomes,
 * their own excusals), excusal intervals around the receipt and every combination of the named
 * policies: whenever the plain path answers it gives the general path's answer, and it answers for
 * every dossier that can have no finding and no excusal.
 */
class PlainPathProperties {
    private static final WorkingCalendar CALENDAR = VietnamCalendars.official();

    @Property(tries = 3000)
    void thePlainPathGivesTheGeneralPathsAnswerWheneverItAnswers(
            @ForAll("procedures") Procedure procedure,
            @ForAll("dossiers") Dossier generated,
            @ForAll @IntRange(min = 0, max = 90) int daysAfterReceipt,
            @ForAll("policies") Policies policies,
            @ForAll @IntRange(min = -5, max = 60) int excusalFrom,
            @ForAll @IntRange(min = 0, max = 10) int excusalDays,
            @ForAll boolean withExcusal,
            @ForAll ExcusalRule excusalRule,
            @ForAll boolean endNearDue,
            @ForAll @IntRange(min = -600, max = 600) int minutesFromDue) {
        DeadlineRules rules = rules(procedure, policies);
        Dossier coded = Dossier.builder()
                .from(generated)
                .procedureCode(procedure.code())
                .build();
        Dossier dossier = endNearDue ? resolvedNearDue(coded, rules, minutesFromDue) : coded;
        TimelinessClassifier classifier = TimelinessClassifier.builder()
                .deadlineRules(rules)
                .granularity(policies.granularity())
                .extensionPolicy(policies.extensions())
                .repeatedSupplements(policies.repeatedSupplements())
                .endInstantPolicy(policies.endInstant())
                .attribution(policies.attribution())
                .excusals(withExcusal ? List.of(interval(dossier, excusalFrom, excusalDays)) : List.of())
                .excusalRule(excusalRule)
                .build();
        LocalDate reportDate = dossier.receivedDate().plusDays(daysAfterReceipt);

        Deadline deadline = rules.deadlineOn(dossier, reportDate);
        Verdict verdict = classifier.classify(dossier, reportDate);
        Instant plainDue = rules.plainDue(dossier, rules.procedureOf(dossier));
        Timeliness plain = classifier.plainTimeliness(dossier, reportDate);
        Statistics.label("plain").collect(plain != null);
        // A plain path that never answers would pass every check below.
        Statistics.label("plain").coverage(coverage -> coverage.check(true).percentage(p -> p > 20));

        if (plainDue != null) {
            assertThat(deadline.findings()).isEmpty();
            assertThat(deadline.dueInstant()).contains(plainDue);
        }
        if (plain != null) {
            assertThat(plainDue).isNotNull();
            assertThat(plain).isEqualTo(verdict.timeliness());
            assertThat(verdict.findings()).isEmpty();
            assertThat(verdict.isExcused()).isFalse();
        }
        if (canHaveNoFindingAndNoExcusal(dossier, deadline, reportDate, withExcusal)) {
            assertThat(plain).isEqualTo(verdict.timeliness());
        }
        Optional<Counted> counted =
                Counted.inPeriod(dossier, ReportingPeriod.year(reportDate.getYear()), classifier, reportDate);
        counted.ifPresent(count -> {
            assertThat(count.timeliness()).isEqualTo(verdict.timeliness());
            assertThat(count.findings()).isEqualTo(verdict.findings());
            assertThat(count.excusalReason()).isEqualTo(verdict.excusalReason());
            assertThat(count.reportDate()).isEqualTo(reportDate);
            assertThat(count.deadline()).isEqualTo(deadline);
            assertThat(count.verdict()).isEqualTo(verdict);
        });
    }

    /**
     * A dossier whose verdict can have no finding and no excusal: no supplement request, no
     * extension, no appointment date, no excusal of its own or interval, no provisional day off
     * before its due date, and not a result ready but not returned by the report date.
     */
    private static boolean canHaveNoFindingAndNoExcusal(
            Dossier dossier, Deadline deadline, LocalDate reportDate, boolean withExcusal) {
        boolean readyNotReturned =
                dossier.outcome().filter(Outcome.RESOLVED::equals).isPresent()
                        && dossier.returnedAt().isEmpty()
                        && dossier.resultReadyAt()
                                .filter(ready -> !VietnamTime.dateOf(ready).isAfter(reportDate))
                                .isPresent();
        return dossier.supplementRequests().isEmpty()
                && dossier.extensions().isEmpty()
                && dossier.appointmentDate().isEmpty()
                && dossier.excusal().isEmpty()
                && !withExcusal
                && !readyNotReturned
                && CALENDAR.provisionalEntries(dossier.receivedDate(), deadline.originalDueDate())
                        .isEmpty();
    }

    /**
     * The dossier resolved and returned some minutes from its due instant, where a comparison by
     * date and one by instant differ; the dossier itself when it has no due instant or cannot end
     * then.
     */
    private static Dossier resolvedNearDue(Dossier dossier, DeadlineRules rules, int minutes) {
        Optional<Instant> due = rules.deadline(dossier).dueInstant();
        if (due.isEmpty()) {
            return dossier;
        }
        Instant end = due.get().plusSeconds(minutes * 60L);
        try {
            return Dossier.builder()
                    .from(dossier)
                    .outcome(Outcome.RESOLVED)
                    .resultReadyAt(end)
                    .returnedAt(end)
                    .build();
        } catch (InvalidValueException cannotEndThen) {
            return dossier;
        }
    }

    private static DeadlineRules rules(Procedure procedure, Policies policies) {
        return DeadlineRules.builder()
                .calendar(CALENDAR)
                .catalogue(ProcedureCatalogue.builder()
                        .add(procedure, VietnamCalendars.RANGE.start())
                        .build())
                .supplementPolicy(policies.supplements())
                .lateRequests(policies.lateRequests())
                .build();
    }

    /** An outage of some days from a day near the receipt, for every unit. */
    private static ExcusalInterval interval(Dossier dossier, int from, int days) {
        LocalDate start = dossier.receivedDate().plusDays(from);
        return ExcusalInterval.builder()
                .start(start)
                .end(start.plusDays(days))
                .reason("Hệ thống gián đoạn")
                .source("Công văn số 1/STTT")
                .build();
    }

    @Provide
    Arbitrary<Procedure> procedures() {
        return MotcuaArbitraries.procedures();
    }

    @Provide
    Arbitrary<Dossier> dossiers() {
        return MotcuaArbitraries.dossiers().receivedBetween(LocalDate.of(2013, 6, 1), LocalDate.of(2033, 12, 31));
    }

    @Provide
    Arbitrary<Policies> policies() {
        return Policies.all();
    }
}
