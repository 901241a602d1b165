package io.github.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.motcua.CalendarRangeException;
import io.github.motcua.InvalidValueException;
import io.github.motcua.calendar.StatutoryHolidays;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Extension;
import io.github.motcua.dossier.SupplementRequest;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcedureStep;
import io.github.motcua.procedure.ProcessingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeadlineRulesTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Field LAND = Field.of("DD", "Đất đai");

    private static Procedure procedure(String code, ProcessingTime time) {
        return Procedure.builder()
                .code(code)
                .name("Thủ tục " + code)
                .field(LAND)
                .processingTime(time)
                .build();
    }

    private static final Procedure TEN_DAYS = procedure("1.000010", ProcessingTime.workingDays(10));
    private static final Procedure THREE_DAYS_CUT_OFF = Procedure.builder()
            .from(procedure("1.000003", ProcessingTime.workingDays(3)))
            .cutOffTime(LocalTime.of(15, 0))
            .build();
    private static final Procedure FOUR_HOURS = procedure("1.000004", ProcessingTime.workingHours(4));
    private static final Procedure SAME_DAY = procedure("1.000000", ProcessingTime.sameDay());
    private static final Procedure THIRTY_CALENDAR_DAYS = procedure("1.000030", ProcessingTime.calendarDays(30));
    private static final Procedure TWO_STEPS = Procedure.builder()
            .from(procedure("1.000005", ProcessingTime.workingDays(5)))
            .addSteps(ProcedureStep.of("B1", "Thẩm định", ProcessingTime.workingDays(3)))
            .addSteps(ProcedureStep.of("B2", "Phê duyệt", ProcessingTime.workingDays(2)))
            .build();

    private final ProcedureCatalogue catalogue = ProcedureCatalogue.builder()
            .add(TEN_DAYS, LocalDate.of(2013, 5, 1))
            .add(THREE_DAYS_CUT_OFF, LocalDate.of(2013, 5, 1))
            .add(FOUR_HOURS, LocalDate.of(2013, 5, 1))
            .add(SAME_DAY, LocalDate.of(2013, 5, 1))
            .add(THIRTY_CALENDAR_DAYS, LocalDate.of(2013, 5, 1))
            .add(TWO_STEPS, LocalDate.of(2013, 5, 1))
            .build();
    private final DeadlineRules rules = DeadlineRules.builder()
            .calendar(VietnamCalendars.official())
            .catalogue(catalogue)
            .build();

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
    }

    private static Dossier.Builder dossier(Procedure procedure, String receivedAt) {
        return Dossier.builder()
                .id("HS-1")
                .procedureCode(procedure.code())
                .receivingUnitCode("U1")
                .resolvingUnitCode("U1")
                .channel(Channel.DIRECT)
                .receivedAt(at(receivedAt));
    }

    @Test
    void aDeadlineThatRunsPastTheCalendarNamesTheDossier() {
        assertThatThrownBy(() ->
                        rules.deadline(dossier(TEN_DAYS, "2035-12-28T09:00").build()))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessageStartingWith(
                        "Dossier 'HS-1': working calendar: 10 working days from 2035-12-28 fall outside")
                .hasCauseInstanceOf(CalendarRangeException.class);
    }

    @Test
    void theDayOfReceiptIsNotCounted() {
        Deadline deadline = rules.deadline(dossier(TEN_DAYS, "2023-03-01T09:00").build());

        assertThat(deadline.dueDate()).contains(LocalDate.of(2023, 3, 15));
        assertThat(deadline.dueInstant()).contains(at("2023-03-15T17:00"));
        assertThat(deadline.originalDueDate()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(deadline.edition()).isEqualTo(LegalEdition.ND_61_2018);
        assertThat(deadline.supplementPolicy()).isEqualTo(SupplementPolicy.RESTART);
        assertThat(deadline.findings()).isEmpty();
    }

    @Test
    void aCutOffMovesADossierReceivedAfterItToTheNextWorkingDay() {
        assertThat(rules.deadline(
                                dossier(THREE_DAYS_CUT_OFF, "2023-03-01T14:59").build())
                        .dueDate())
                .contains(LocalDate.of(2023, 3, 6));
        Deadline late =
                rules.deadline(dossier(THREE_DAYS_CUT_OFF, "2023-03-01T15:01").build());
        assertThat(late.dueDate()).contains(LocalDate.of(2023, 3, 7));
        assertThat(late.clockStart()).isEqualTo(at("2023-03-02T07:00"));
        assertThat(rules.deadline(
                                dossier(THREE_DAYS_CUT_OFF, "2023-03-01T15:00").build())
                        .dueDate())
                .as("at the cut-off itself the dossier is on time for the day")
                .contains(LocalDate.of(2023, 3, 6));
    }

    @Test
    void aDeadlineThatWouldFallOnTetFallsAfterIt() {
        // Received Monday 16/1/2023; Tết days off 20/1 to 26/1.
        assertThat(rules.deadline(dossier(TEN_DAYS, "2023-01-16T08:00").build()).dueDate())
                .contains(LocalDate.of(2023, 2, 6));
        assertThat(rules.deadline(dossier(THIRTY_CALENDAR_DAYS, "2022-12-22T08:00")
                                .build())
                        .dueDate())
                .as("30 calendar days end on Saturday 21/1/2023, inside Tết: moved to the next working day")
                .contains(LocalDate.of(2023, 1, 27));
    }

    @Test
    void aReceiptOnADayOffCountsFromTheNextWorkingSessionSoALaterReceiptIsNeverDueEarlier() {
        // Issue 18, defect 1: Friday 5/1/2024 at 15:30, after the cut-off, was due 11/1 while
        // Saturday 6/1 at 09:00 was due 10/1.
        Deadline friday =
                rules.deadline(dossier(THREE_DAYS_CUT_OFF, "2024-01-05T15:30").build());
        Deadline saturday =
                rules.deadline(dossier(THREE_DAYS_CUT_OFF, "2024-01-06T09:00").build());

        assertThat(friday.dueDate()).contains(LocalDate.of(2024, 1, 11));
        assertThat(saturday.dueDate()).contains(LocalDate.of(2024, 1, 11));
        assertThat(saturday.clockStart()).isEqualTo(at("2024-01-08T07:00"));
        assertThat(rules.deadline(dossier(TEN_DAYS, "2024-01-06T09:00").build()).clockStart())
                .as("without a cut-off too")
                .isEqualTo(at("2024-01-08T07:00"));
    }

    @Test
    void aSameDayDossierReceivedAfterHoursIsDueAtTheEndOfTheNextWorkingDay() {
        // Issue 18, defect 2: received Monday 8/1/2024 at 18:00, it was due that day at 17:00.
        Deadline deadline = rules.deadline(dossier(SAME_DAY, "2024-01-08T18:00").build());

        assertThat(deadline.clockStart()).isEqualTo(at("2024-01-09T07:00"));
        assertThat(deadline.dueInstant()).contains(at("2024-01-09T17:00"));
    }

    @Test
    void workingHoursReceivedAtLunchCountFromTheAfternoonSession() {
        Deadline deadline =
                rules.deadline(dossier(FOUR_HOURS, "2024-01-08T12:00").build());

        assertThat(deadline.clockStart()).isEqualTo(at("2024-01-08T13:30"));
        assertThat(deadline.dueInstant())
                .as("three and a half hours that afternoon, half an hour the next morning")
                .contains(at("2024-01-09T07:30"));
    }

    @Test
    void aSupplementRequestAfterTheDueDateLeavesTheDueDateWhereItWas() {
        // Issue 18, defect 4: due 22/1/2024; requested 24/1, answered 25/1; the restart gave 15/2.
        Dossier dossier = dossier(TEN_DAYS, "2024-01-08T09:00")
                .addSupplementRequests(SupplementRequest.of(at("2024-01-24T09:00"), at("2024-01-25T09:00")))
                .build();

        Deadline kept = rules.deadline(dossier);
        Deadline moved = DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(catalogue)
                .lateRequests(LateRequestPolicy.MOVES_DUE_DATE)
                .build()
                .deadline(dossier);

        assertThat(kept.dueDate()).contains(LocalDate.of(2024, 1, 22));
        assertThat(kept.clockStart()).isEqualTo(at("2024-01-08T09:00"));
        assertThat(moved.dueDate()).contains(LocalDate.of(2024, 2, 15));
        DeadlineFinding afterDue = DeadlineFinding.of(
                FindingKind.SUPPLEMENT_REQUESTED_AFTER_DUE_DATE,
                "request 1 sent 2024-01-24, after the due date 2024-01-22");
        assertThat(kept.findings()).contains(afterDue);
        assertThat(moved.findings()).as("a finding either way").contains(afterDue);
    }

    @Test
    void aRequestOnTheDueDayAfterTheDueHourOfAnHourBasedProcedureIsLate() {
        // 4 working hours received Monday 8/1/2024 15:00, due Tuesday 09:00; requested Tuesday 16:00.
        Dossier dossier = dossier(FOUR_HOURS, "2024-01-08T15:00")
                .addSupplementRequests(SupplementRequest.of(at("2024-01-09T16:00"), at("2024-01-09T16:30")))
                .build();

        Deadline deadline = rules.deadline(dossier);

        assertThat(deadline.dueInstant()).contains(at("2024-01-09T09:00"));
        assertThat(deadline.findings())
                .containsExactly(DeadlineFinding.of(
                        FindingKind.SUPPLEMENT_REQUESTED_AFTER_DUE_DATE,
                        "request 1 sent 2024-01-09T16:00:00+07:00, after the due time 2024-01-09T09:00:00+07:00"));
    }

    @Test
    void anUnansweredRequestAfterTheDueDateDoesNotStopTheClock() {
        Dossier dossier = dossier(TEN_DAYS, "2024-01-08T09:00")
                .addSupplementRequests(SupplementRequest.unanswered(at("2024-01-24T09:00")))
                .build();

        assertThat(rules.deadline(dossier).dueDate()).contains(LocalDate.of(2024, 1, 22));
        assertThat(rules.deadline(dossier).awaitingApplicant()).isFalse();
    }

    @Test
    void aRequestOutsideTheThreeDayWindowMovesNothingByDefault() {
        Dossier dossier = dossier(TEN_DAYS, "2024-01-08T09:00")
                .addSupplementRequests(SupplementRequest.of(at("2024-01-15T09:00"), at("2024-01-16T09:00")))
                .build();

        Deadline deadline = rules.deadline(dossier);

        assertThat(deadline.dueDate()).contains(LocalDate.of(2024, 1, 22));
        assertThat(deadline.findings())
                .extracting(DeadlineFinding::kind)
                .containsExactly(FindingKind.SUPPLEMENT_REQUESTED_LATE);
    }

    @Test
    void aDueDateThatCountsAProvisionalDayOffSaysSo() {
        // 24/11/2026, Vietnamese Culture Day, is provisional in the national data.
        Deadline deadline = rules.deadline(dossier(TEN_DAYS, "2026-11-20T09:00").build());

        assertThat(deadline.dueDate()).contains(LocalDate.of(2026, 12, 7));
        assertThat(deadline.findings())
                .containsExactly(DeadlineFinding.of(
                        FindingKind.PROVISIONAL_DAY_OFF,
                        "2026-11-24 (Ngày Văn hóa Việt Nam) is provisional in the calendar data; the due date"
                                + " 2026-12-07 counts it as a day off"));
        assertThat(rules.deadline(dossier(TEN_DAYS, "2026-11-25T09:00").build()).findings())
                .isEmpty();
    }

    @Test
    void withoutCultureDayTheBundledProvisionalRowIsAWorkingDayStillNamedAsProvisional() {
        DeadlineRules withoutCultureDay = DeadlineRules.builder()
                .calendar(VietnamCalendars.builder()
                        .statutoryHolidays(StatutoryHolidays.defaults().withCultureDay(false))
                        .build())
                .catalogue(catalogue)
                .build();

        Deadline deadline =
                withoutCultureDay.deadline(dossier(TEN_DAYS, "2026-11-20T09:00").build());

        assertThat(deadline.dueDate()).contains(LocalDate.of(2026, 12, 4));
        assertThat(deadline.findings())
                .containsExactly(DeadlineFinding.of(
                        FindingKind.PROVISIONAL_DAY_OFF,
                        "2026-11-24 (Ngày Văn hóa Việt Nam) is provisional in the calendar data; the due date"
                                + " 2026-12-04 counts it as a working day"));
    }

    @Test
    void underPauseASameDayProcedureIsDueOnTheDayOfTheAnswer() {
        DeadlineRules pause = DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(catalogue)
                .supplementPolicy(SupplementPolicy.PAUSE)
                .build();
        Dossier receivedOnSaturday = dossier(SAME_DAY, "2023-03-11T10:00")
                .addSupplementRequests(SupplementRequest.of(at("2023-03-13T08:00"), at("2023-03-14T08:00")))
                .build();
        Dossier answeredBeforeWork = dossier(SAME_DAY, "2023-03-11T10:00")
                .addSupplementRequests(SupplementRequest.of(at("2023-03-11T10:30"), at("2023-03-13T00:00")))
                .build();

        assertThat(pause.deadline(receivedOnSaturday).dueDate()).contains(LocalDate.of(2023, 3, 14));
        assertThat(pause.deadline(answeredBeforeWork).dueDate()).contains(LocalDate.of(2023, 3, 13));
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() {
        // Received Friday 3/5/2024: Saturday 4/5/2024 was worked in exchange for Monday 29/4.
        assertThat(rules.deadline(
                                dossier(THREE_DAYS_CUT_OFF, "2024-05-03T08:00").build())
                        .dueDate())
                .contains(LocalDate.of(2024, 5, 7));
    }

    @Test
    void workingHoursSkipLunchAndTheWeekend() {
        // Friday 3/3/2023 at 10:30: one hour before lunch, then three from 13:30.
        assertThat(rules.deadline(dossier(FOUR_HOURS, "2023-03-03T10:30").build())
                        .dueInstant())
                .contains(at("2023-03-03T16:30"));
        // At 14:30: two and a half hours on Friday, one and a half on Monday from 07:00.
        Deadline overWeekend =
                rules.deadline(dossier(FOUR_HOURS, "2023-03-03T14:30").build());
        assertThat(overWeekend.dueInstant()).contains(at("2023-03-06T08:30"));
        assertThat(overWeekend.dueDate()).contains(LocalDate.of(2023, 3, 6));
        // Received at lunch: counted from 13:30, three and a half hours on Friday, half an hour on Monday.
        assertThat(rules.deadline(dossier(FOUR_HOURS, "2023-03-03T12:00").build())
                        .dueInstant())
                .contains(at("2023-03-06T07:30"));
    }

    @Test
    void aSameDayProcedureIsDueAtTheEndOfTheWorkingDay() {
        assertThat(rules.deadline(dossier(SAME_DAY, "2023-03-01T10:00").build()).dueInstant())
                .contains(at("2023-03-01T17:00"));
        assertThat(rules.deadline(dossier(SAME_DAY, "2023-03-04T10:00").build()).dueDate())
                .as("received online on a Saturday: due the next working day")
                .contains(LocalDate.of(2023, 3, 6));
    }

    @Test
    void restartCountsAgainFromTheAnswerWhilePauseLeavesOutTheWaitingTime() {
        // Received Wednesday 1/3/2023 (10 working days: due 15/3); supplement requested Friday 3/3, answered Wednesday
        // 8/3.
        Dossier dossier = dossier(TEN_DAYS, "2023-03-01T09:00")
                .addSupplementRequests(SupplementRequest.of(at("2023-03-03T09:00"), at("2023-03-08T09:00")))
                .build();

        Deadline restart = rules.deadline(dossier);
        Deadline pause = DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(catalogue)
                .supplementPolicy(SupplementPolicy.PAUSE)
                .build()
                .deadline(dossier);

        assertThat(restart.dueDate()).contains(LocalDate.of(2023, 3, 22));
        assertThat(restart.clockStart()).isEqualTo(at("2023-03-08T09:00"));
        assertThat(pause.dueDate()).as("3 working days waited (6, 7, 8 March)").contains(LocalDate.of(2023, 3, 20));
        assertThat(pause.supplementPolicy()).isEqualTo(SupplementPolicy.PAUSE);
        assertThat(restart.originalDueDate()).isEqualTo(pause.originalDueDate()).isEqualTo(LocalDate.of(2023, 3, 15));
    }

    @Test
    void rulesWithASupplementPolicyDifferInThatPolicyAlone() {
        Dossier dossier = dossier(TEN_DAYS, "2023-03-01T09:00")
                .addSupplementRequests(SupplementRequest.of(at("2023-03-03T09:00"), at("2023-03-08T09:00")))
                .build();
        DeadlineRules nd61 = DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(catalogue)
                .edition(LegalEdition.ND_61_2018)
                .build();

        DeadlineRules paused = nd61.withSupplementPolicy(SupplementPolicy.PAUSE);

        assertThat(paused.deadline(dossier).dueDate()).contains(LocalDate.of(2023, 3, 20));
        assertThat(paused.deadline(dossier).edition()).isEqualTo(LegalEdition.ND_61_2018);
        assertThat(paused.calendar()).isSameAs(nd61.calendar());
        assertThat(nd61.deadline(dossier).dueDate()).as("unchanged").contains(LocalDate.of(2023, 3, 22));
    }

    @Test
    void theDeadlineOnAReportDateIgnoresWhatHappenedAfterIt() {
        Dossier dossier = dossier(TEN_DAYS, "2023-03-01T09:00")
                .addSupplementRequests(SupplementRequest.of(at("2023-03-03T09:00"), at("2023-03-08T09:00")))
                .build();

        assertThat(rules.deadlineOn(dossier, LocalDate.of(2023, 3, 2)).dueDate())
                .as("the request is not yet sent")
                .contains(LocalDate.of(2023, 3, 15));
        assertThat(rules.deadlineOn(dossier, LocalDate.of(2023, 3, 7)).awaitingApplicant())
                .as("the answer is not yet given")
                .isTrue();
        assertThat(rules.deadlineOn(dossier, LocalDate.of(2023, 3, 8))).isEqualTo(rules.deadline(dossier));
    }

    @Test
    void whileTheApplicantHasNotAnsweredThereIsNoDueDate() {
        Deadline deadline = rules.deadline(dossier(TEN_DAYS, "2023-03-01T09:00")
                .addSupplementRequests(SupplementRequest.unanswered(at("2023-03-03T09:00")))
                .build());

        assertThat(deadline.awaitingApplicant()).isTrue();
        assertThat(deadline.dueDate()).isEmpty();
        assertThat(deadline.dueInstant()).isEmpty();
        assertThat(deadline.originalDueDate()).isEqualTo(LocalDate.of(2023, 3, 15));
    }

    @Test
    void anExtensionKeepsTheDueDateAndASecondOneIsAFinding() {
        Deadline deadline = rules.deadline(dossier(TEN_DAYS, "2023-03-01T09:00")
                .addExtensions(Extension.of(at("2023-03-13T09:00"), LocalDate.of(2023, 3, 22)))
                .addExtensions(Extension.of(at("2023-03-20T09:00"), LocalDate.of(2023, 3, 29)))
                .build());

        assertThat(deadline.dueDate()).contains(LocalDate.of(2023, 3, 15));
        assertThat(deadline.promisedDate()).contains(LocalDate.of(2023, 3, 29));
        assertThat(deadline.findings())
                .containsExactly(DeadlineFinding.of(
                        FindingKind.SECOND_EXTENSION,
                        "extension 2 issued 2023-03-20 to 2023-03-29; the law allows one"));
    }

    @Test
    void anApologyIssuedLessThanOneWorkingDayBeforeTheDueDateIsAFinding() {
        Deadline onTheDay = rules.deadline(dossier(TEN_DAYS, "2023-03-01T09:00")
                .addExtensions(Extension.of(at("2023-03-15T09:00"), LocalDate.of(2023, 3, 22)))
                .build());
        Deadline dayBefore = rules.deadline(dossier(TEN_DAYS, "2023-03-01T09:00")
                .addExtensions(Extension.of(at("2023-03-14T16:00"), LocalDate.of(2023, 3, 22)))
                .build());

        assertThat(onTheDay.findings())
                .containsExactly(DeadlineFinding.of(
                        FindingKind.LATE_APOLOGY,
                        "apology 1 issued 2023-03-15 for a date due 2023-03-15; it was due by 2023-03-14"));
        assertThat(dayBefore.findings()).isEmpty();
    }

    @Test
    void anAppointmentDateThatDiffersFromTheRulesIsAFinding() {
        Deadline deadline = rules.deadline(dossier(TEN_DAYS, "2023-03-01T09:00")
                .appointmentDate(LocalDate.of(2023, 3, 14))
                .build());

        assertThat(deadline.findings())
                .containsExactly(DeadlineFinding.of(
                        FindingKind.APPOINTMENT_DATE_DIFFERS, "printed 2023-03-14, computed 2023-03-15"));
        assertThat(rules.deadline(dossier(TEN_DAYS, "2023-03-01T09:00")
                                .appointmentDate(LocalDate.of(2023, 3, 15))
                                .build())
                        .findings())
                .isEmpty();
    }

    @Test
    void aLateOrRepeatedSupplementRequestIsAFinding() {
        // Under RESTART the answer of 7/3 starts the clock again, and with it the 3-day window.
        Deadline deadline = rules.deadline(dossier(TEN_DAYS, "2023-03-01T09:00")
                .addSupplementRequests(SupplementRequest.of(at("2023-03-06T09:00"), at("2023-03-07T09:00")))
                .addSupplementRequests(SupplementRequest.of(at("2023-03-14T09:00"), at("2023-03-15T09:00")))
                .build());

        assertThat(deadline.findings())
                .containsExactly(
                        DeadlineFinding.of(FindingKind.MULTIPLE_SUPPLEMENT_REQUESTS, "2 supplement requests"),
                        DeadlineFinding.of(
                                FindingKind.SUPPLEMENT_REQUESTED_LATE,
                                "request 2 sent 2023-03-14; it was due by 2023-03-10 (3 working days after the"
                                        + " clock started)"));
        assertThat(deadline.dueDate()).as("the late request moved nothing").contains(LocalDate.of(2023, 3, 21));
    }

    @Test
    void stepsAreDueOneAfterAnother() {
        assertThat(rules.deadline(dossier(TWO_STEPS, "2023-03-01T09:00").build())
                        .steps())
                .containsExactly(
                        StepDeadline.of("B1", LocalDate.of(2023, 3, 6)),
                        StepDeadline.of("B2", LocalDate.of(2023, 3, 8)));
    }

    @Test
    void theEditionFollowsTheReceiptDateUnlessSet() {
        assertThat(rules.deadline(dossier(TEN_DAYS, "2025-06-30T09:00").build()).edition())
                .isEqualTo(LegalEdition.ND_61_2018);
        assertThat(rules.deadline(dossier(TEN_DAYS, "2025-07-01T09:00").build()).edition())
                .isEqualTo(LegalEdition.ND_118_2025);
        assertThat(DeadlineRules.builder()
                        .calendar(VietnamCalendars.official())
                        .catalogue(catalogue)
                        .edition(LegalEdition.ND_118_2025)
                        .build()
                        .deadline(dossier(TEN_DAYS, "2023-03-01T09:00").build())
                        .edition())
                .isEqualTo(LegalEdition.ND_118_2025);
    }

    @Test
    void theProcessingTimeInForceAtReceiptApplies() {
        Procedure shortened = procedure(TEN_DAYS.code(), ProcessingTime.workingDays(5));
        DeadlineRules withShorterTime = DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(ProcedureCatalogue.builder()
                        .add(TEN_DAYS, LocalDate.of(2013, 5, 1))
                        .add(shortened, LocalDate.of(2023, 3, 2))
                        .build())
                .build();

        assertThat(withShorterTime
                        .deadline(dossier(TEN_DAYS, "2023-03-01T09:00").build())
                        .processingTime())
                .isEqualTo(ProcessingTime.workingDays(10));
        assertThat(withShorterTime
                        .deadline(dossier(TEN_DAYS, "2023-03-02T09:00").build())
                        .processingTime())
                .isEqualTo(ProcessingTime.workingDays(5));
    }

    @Test
    void anUnknownProcedureIsRejectedWithTheDossierAndTheDay() {
        assertThatThrownBy(() -> rules.deadline(Dossier.builder()
                        .from(dossier(TEN_DAYS, "2023-03-01T09:00").build())
                        .procedureCode("9.999999")
                        .build()))
                .isInstanceOf(UnknownProcedureException.class)
                .hasMessage("Dossier 'HS-1': procedureCode = 9.999999 breaks the rule: the procedure catalogue has no"
                        + " version of this procedure in force on 2023-03-01")
                .asInstanceOf(type(InvalidValueException.class))
                .returns("HS-1", InvalidValueException::valueId)
                .returns("procedureCode", InvalidValueException::field)
                .returns("9.999999", InvalidValueException::value);
    }
}
