package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.VietnamTime;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.Deadline;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.deadline.LateRequestPolicy;
import io.github.motcua.deadline.SupplementPolicy;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.SupplementRequest;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcessingTimeUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The two laws every receipt rule keeps (docs/rules.md §2.2), over generated procedures (every unit
 * of time, with and without a cut-off), policies and receipt instants at any minute of any day,
 * working or not: a later receipt never gets an earlier due instant, and a due instant is never
 * before its receipt. A supplement request sent after both receipts may move either due date.
 */
class ReceiptProperties {
    private static final Instant FIRST =
            LocalDate.of(2023, 1, 1).atStartOfDay(VietnamTime.ZONE).toInstant();
    private static final int MINUTES = 4 * 366 * 24 * 60;
    private static final WorkingCalendar CALENDAR = VietnamCalendars.official();

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Instant> minutes =
                Arbitraries.integers().between(0, MINUTES).map(minute -> FIRST.plusSeconds(60L * minute));
        Arbitrary<Long> nanos = Arbitraries.longs().between(0, 59_999_999_999L);
        return Combinators.combine(minutes, nanos).as(Instant::plusNanos);
    }

    @Provide
    Arbitrary<Procedure> procedures() {
        return MotcuaArbitraries.procedures();
    }

    @Provide
    Arbitrary<Procedure> workingDayProcedures() {
        return MotcuaArbitraries.procedures()
                .filter(procedure -> procedure.processingTime().unit() == ProcessingTimeUnit.WORKING_DAYS);
    }

    @Property(tries = 3000)
    void aLaterReceiptNeverGetsAnEarlierDueInstant(
            @ForAll("procedures") Procedure procedure,
            @ForAll("instants") Instant first,
            @ForAll @IntRange(min = 0, max = 7 * 24 * 60) int laterByMinutes,
            @ForAll SupplementPolicy supplementPolicy,
            @ForAll LateRequestPolicy lateRequests,
            @ForAll Optional<@IntRange(min = 1, max = 30 * 24) Integer> requestHoursAfter,
            @ForAll @IntRange(min = 1, max = 10 * 24) int answerHoursAfter) {
        Instant second = first.plusSeconds(60L * laterByMinutes);
        DeadlineRules rules = rules(procedure, supplementPolicy, lateRequests);
        Optional<SupplementRequest> request = requestHoursAfter.map(hours -> {
            Instant requested = second.plusSeconds(3600L * hours);
            return SupplementRequest.of(requested, requested.plusSeconds(3600L * answerHoursAfter));
        });

        Instant earlier = due(rules, procedure, first, request);
        Instant later = due(rules, procedure, second, request);

        assertThat(later).isAfterOrEqualTo(earlier);
    }

    @Property(tries = 3000)
    void aDueInstantIsNeverBeforeItsReceipt(
            @ForAll("procedures") Procedure procedure,
            @ForAll("instants") Instant received,
            @ForAll SupplementPolicy supplementPolicy,
            @ForAll LateRequestPolicy lateRequests) {
        DeadlineRules rules = rules(procedure, supplementPolicy, lateRequests);

        Deadline deadline = rules.deadline(dossier(procedure, received, Optional.empty()));
        Deadline supplemented = rules.deadline(dossier(
                procedure,
                received,
                Optional.of(SupplementRequest.of(received.plusSeconds(1800), received.plusSeconds(90_000)))));

        assertThat(deadline.dueInstant().orElseThrow()).isAfterOrEqualTo(received);
        assertThat(deadline.clockStart()).isAfterOrEqualTo(received);
        assertThat(supplemented.dueInstant().orElseThrow()).isAfterOrEqualTo(received);
    }

    @Property(tries = 2000)
    void waitingForTheApplicantNeverShortensTheTimeUnderPause(
            @ForAll("procedures") Procedure procedure,
            @ForAll("instants") Instant received,
            @ForAll @IntRange(min = 0, max = 5 * 24) int requestHoursAfter,
            @ForAll @IntRange(min = 1, max = 10 * 24) int answerHoursAfter,
            @ForAll LateRequestPolicy lateRequests) {
        DeadlineRules rules = rules(procedure, SupplementPolicy.PAUSE, lateRequests);
        Instant requested = received.plusSeconds(3600L * requestHoursAfter);
        SupplementRequest request = SupplementRequest.of(requested, requested.plusSeconds(3600L * answerHoursAfter));

        Instant without = due(rules, procedure, received, Optional.empty());
        Instant with = due(rules, procedure, received, Optional.of(request));

        assertThat(with).isAfterOrEqualTo(without);
    }

    /**
     * The other direction: under PAUSE a timely request moves a working-day procedure's due date by
     * no more working days than the applicant held the dossier (from the request's working day to
     * the answer's, one more for an answer after hours), so a pause that counts too much fails it.
     */
    @Property(tries = 2000)
    void waitingForTheApplicantMovesTheDueDateByNoMoreThanTheWaitUnderPause(
            @ForAll("workingDayProcedures") Procedure procedure,
            @ForAll("instants") Instant received,
            @ForAll @IntRange(min = 0, max = 48) int requestHoursAfter,
            @ForAll @IntRange(min = 1, max = 10 * 24) int answerHoursAfter) {
        DeadlineRules rules = rules(procedure, SupplementPolicy.PAUSE, LateRequestPolicy.KEEPS_DUE_DATE);
        Instant requested = received.plusSeconds(3600L * requestHoursAfter);
        Instant answered = requested.plusSeconds(3600L * answerHoursAfter);
        Deadline without = rules.deadline(dossier(procedure, received, Optional.empty()));
        Deadline with =
                rules.deadline(dossier(procedure, received, Optional.of(SupplementRequest.of(requested, answered))));
        Assume.that(with.findings().stream()
                .noneMatch(finding -> finding.kind().name().startsWith("SUPPLEMENT_REQUESTED_")));

        int moved = CALENDAR.workingDaysBetween(
                without.dueDate().orElseThrow(), with.dueDate().orElseThrow());
        int held = CALENDAR.workingDaysBetween(VietnamTime.dateOf(requested), VietnamTime.dateOf(answered)) + 1;

        assertThat(moved).isBetween(0, held);
    }

    @Property(tries = 2000)
    void aRequestAfterTheDueDateMovesNothingUnlessAPolicySaysSo(
            @ForAll("procedures") Procedure procedure,
            @ForAll("instants") Instant received,
            @ForAll SupplementPolicy supplementPolicy,
            @ForAll @IntRange(min = 1, max = 10) int daysAfterDue) {
        DeadlineRules keeps = rules(procedure, supplementPolicy, LateRequestPolicy.KEEPS_DUE_DATE);
        Instant without = due(keeps, procedure, received, Optional.empty());
        Instant requested = without.plusSeconds(86_400L * daysAfterDue);
        Optional<SupplementRequest> late = Optional.of(SupplementRequest.of(requested, requested.plusSeconds(3600)));

        assertThat(due(keeps, procedure, received, late)).isEqualTo(without);
        assertThat(due(rules(procedure, supplementPolicy, LateRequestPolicy.MOVES_DUE_DATE), procedure, received, late))
                .isAfterOrEqualTo(without);
    }

    private static Instant due(
            DeadlineRules rules, Procedure procedure, Instant received, Optional<SupplementRequest> request) {
        return rules.deadline(dossier(procedure, received, request))
                .dueInstant()
                .orElseThrow();
    }

    private static DeadlineRules rules(
            Procedure procedure, SupplementPolicy supplementPolicy, LateRequestPolicy lateRequests) {
        return DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(ProcedureCatalogue.builder()
                        .add(procedure, LocalDate.of(2013, 5, 1))
                        .build())
                .supplementPolicy(supplementPolicy)
                .lateRequests(lateRequests)
                .build();
    }

    private static Dossier dossier(Procedure procedure, Instant received, Optional<SupplementRequest> request) {
        Dossier.Builder dossier = Dossier.builder()
                .id("HS-1")
                .procedureCode(procedure.code())
                .receivingUnitCode("U1")
                .resolvingUnitCode("U1")
                .channel(Channel.ONLINE)
                .receivedAt(received);
        request.ifPresent(dossier::addSupplementRequests);
        return dossier.build();
    }
}
