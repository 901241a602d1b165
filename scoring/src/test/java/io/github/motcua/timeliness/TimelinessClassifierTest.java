package io.github.motcua.timeliness;

import static io.github.motcua.timeliness.TenWorkingDays.DUE;
import static io.github.motcua.timeliness.TenWorkingDays.YEAR_END;
import static io.github.motcua.timeliness.TenWorkingDays.at;
import static io.github.motcua.timeliness.TenWorkingDays.received;
import static io.github.motcua.timeliness.TenWorkingDays.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.deadline.DeadlineFinding;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.deadline.FindingKind;
import io.github.motcua.deadline.SupplementPolicy;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierExcusal;
import io.github.motcua.dossier.Extension;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.dossier.SupplementRequest;
import io.github.motcua.excusal.ExcusalInterval;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every class boundary, on a procedure of 10 working days received Wednesday 1/3/2023 (due 15/3/2023). */
class TimelinessClassifierTest {
    private static final DeadlineRules RULES = rules(SupplementPolicy.RESTART);
    private static final TimelinessClassifier CLASSIFIER =
            TimelinessClassifier.builder().deadlineRules(RULES).build();

    private static Dossier resolvedAt(String localDateTime) {
        return received()
                .outcome(Outcome.RESOLVED)
                .returnedAt(at(localDateTime))
                .build();
    }

    @Test
    void endingBeforeTheDueDateIsEarly() {
        Verdict verdict = CLASSIFIER.classify(resolvedAt("2023-03-14T16:00"), YEAR_END);

        assertThat(verdict.timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(verdict.adjusted()).isEqualTo(Timeliness.EARLY);
        assertThat(verdict.dueDate()).contains(DUE);
        assertThat(verdict.rule()).isEqualTo("ended 2023-03-14 before the due date 2023-03-15: EARLY");
    }

    @Test
    void endingOnTheDueDateIsOnTimeWhateverTheHour() {
        Verdict verdict = CLASSIFIER.classify(resolvedAt("2023-03-15T21:00"), YEAR_END);

        assertThat(verdict.timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(verdict.rule()).isEqualTo("ended 2023-03-15 on the due date: ON_TIME");
    }

    @Test
    void endingTheDayAfterIsLateByOneWorkingDay() {
        Verdict verdict = CLASSIFIER.classify(resolvedAt("2023-03-16T08:00"), YEAR_END);

        assertThat(verdict.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(verdict.latenessWorkingDays()).isEqualTo(1);
        assertThat(verdict.isExcused()).isFalse();
        assertThat(verdict.rule())
                .isEqualTo("ended 2023-03-16 after the due date 2023-03-15, 1 working day(s) late: LATE");
    }

    @Test
    void byInstantEndingAfterHoursOnTheDueDateIsLate() {
        TimelinessClassifier byInstant = TimelinessClassifier.builder()
                .deadlineRules(RULES)
                .granularity(Granularity.INSTANT)
                .build();

        assertThat(byInstant.classify(resolvedAt("2023-03-15T17:30"), YEAR_END).timeliness())
                .isEqualTo(Timeliness.LATE);
        assertThat(byInstant.classify(resolvedAt("2023-03-15T16:30"), YEAR_END).timeliness())
                .isEqualTo(Timeliness.ON_TIME);
        assertThat(byInstant.classify(resolvedAt("2023-03-14T16:30"), YEAR_END).timeliness())
                .isEqualTo(Timeliness.EARLY);
    }

    @Test
    void theEndIsTheResultReadyInstantUnlessThePolicyIsReturned() {
        Dossier readyOnTimeReturnedLate = received()
                .outcome(Outcome.RESOLVED)
                .resultReadyAt(at("2023-03-15T10:00"))
                .returnedAt(at("2023-03-17T10:00"))
                .build();
        TimelinessClassifier byReturn = TimelinessClassifier.builder()
                .deadlineRules(RULES)
                .endInstantPolicy(EndInstantPolicy.RETURNED)
                .build();

        assertThat(CLASSIFIER.classify(readyOnTimeReturnedLate, YEAR_END).timeliness())
                .isEqualTo(Timeliness.ON_TIME);
        assertThat(byReturn.classify(readyOnTimeReturnedLate, YEAR_END).timeliness())
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void aResultReadyButNeverReturnedIsAFinding() {
        Dossier notReturned = received()
                .outcome(Outcome.RESOLVED)
                .resultReadyAt(at("2023-03-10T10:00"))
                .build();

        Verdict verdict = CLASSIFIER.classify(notReturned, YEAR_END);
        assertThat(verdict.timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(verdict.findings())
                .containsExactly(DeadlineFinding.of(
                        FindingKind.ENDED_NOT_RETURNED, "result ready 2023-03-10, not returned to the applicant"));
    }

    @Test
    void pendingOnTheDueDateIsWithinAndTheDayAfterIsOverdue() {
        Dossier pending = received().build();

        assertThat(CLASSIFIER.classify(pending, DUE).timeliness()).isEqualTo(Timeliness.PENDING_WITHIN);
        Verdict overdue = CLASSIFIER.classify(pending, DUE.plusDays(1));
        assertThat(overdue.timeliness()).isEqualTo(Timeliness.PENDING_OVERDUE);
        assertThat(overdue.latenessWorkingDays()).isEqualTo(1);
        assertThat(overdue.rule())
                .isEqualTo("pending on 2023-03-16, after the due date 2023-03-15, 1 working day(s) overdue:"
                        + " PENDING_OVERDUE");
    }

    @Test
    void aDossierEndingAfterTheReportDateIsPendingOnIt() {
        assertThat(CLASSIFIER
                        .classify(resolvedAt("2023-03-20T10:00"), LocalDate.of(2023, 3, 14))
                        .timeliness())
                .isEqualTo(Timeliness.PENDING_WITHIN);
        assertThat(CLASSIFIER
                        .classify(resolvedAt("2023-03-20T10:00"), LocalDate.of(2023, 3, 16))
                        .timeliness())
                .isEqualTo(Timeliness.PENDING_OVERDUE);
    }

    @Test
    void waitingForTheApplicantIsPendingWithinEvenLongAfterTheDueDate() {
        Dossier waiting = received()
                .addSupplementRequests(SupplementRequest.unanswered(at("2023-03-03T09:00")))
                .build();

        Verdict verdict = CLASSIFIER.classify(waiting, LocalDate.of(2023, 6, 30));
        assertThat(verdict.timeliness()).isEqualTo(Timeliness.PENDING_WITHIN);
        assertThat(verdict.rule())
                .isEqualTo("waiting for the applicant to supplement the dossier on 2023-06-30: PENDING_WITHIN");
    }

    @Test
    void anAnswerAfterTheReportDateIsNotYetKnownOnIt() {
        Dossier answeredLater = received()
                .addSupplementRequests(SupplementRequest.of(at("2023-03-03T09:00"), at("2023-07-03T09:00")))
                .build();

        assertThat(CLASSIFIER.classify(answeredLater, LocalDate.of(2023, 6, 30)).timeliness())
                .isEqualTo(Timeliness.PENDING_WITHIN);
        assertThat(CLASSIFIER.classify(answeredLater, LocalDate.of(2023, 7, 31)).timeliness())
                .as("RESTART from 3/7: due 17/7")
                .isEqualTo(Timeliness.PENDING_OVERDUE);
    }

    @Test
    void restartAndPauseClassTheSameDossierDifferently() {
        // Supplement requested Friday 3/3, answered Wednesday 8/3; returned Monday 20/3.
        Dossier dossier = received()
                .addSupplementRequests(SupplementRequest.of(at("2023-03-03T09:00"), at("2023-03-08T09:00")))
                .outcome(Outcome.RESOLVED)
                .returnedAt(at("2023-03-21T09:00"))
                .build();
        TimelinessClassifier pause = TimelinessClassifier.builder()
                .deadlineRules(rules(SupplementPolicy.PAUSE))
                .build();

        assertThat(CLASSIFIER.classify(dossier, YEAR_END).timeliness())
                .as("RESTART: due 22/3")
                .isEqualTo(Timeliness.EARLY);
        assertThat(pause.classify(dossier, YEAR_END).timeliness())
                .as("PAUSE: due 20/3")
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void underTheNationalIndexRuleTwoSupplementRequestsMakeADossierOverdue() {
        Dossier twice = received()
                .addSupplementRequests(SupplementRequest.of(at("2023-03-02T09:00"), at("2023-03-02T10:00")))
                .addSupplementRequests(SupplementRequest.of(at("2023-03-03T09:00"), at("2023-03-03T10:00")))
                .outcome(Outcome.RESOLVED)
                .returnedAt(at("2023-03-06T09:00"))
                .build();
        TimelinessClassifier index = TimelinessClassifier.builder()
                .deadlineRules(RULES)
                .repeatedSupplements(RepeatedSupplementPolicy.COUNTED_OVERDUE)
                .build();

        assertThat(CLASSIFIER.classify(twice, YEAR_END).timeliness()).isEqualTo(Timeliness.EARLY);
        Verdict counted = index.classify(twice, YEAR_END);
        assertThat(counted.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(counted.rule())
                .isEqualTo("more than one supplement request, counted as overdue (national index rule): LATE");
        assertThat(index.classify(twice, LocalDate.of(2023, 3, 3)).timeliness()).isEqualTo(Timeliness.PENDING_OVERDUE);
        assertThat(index.classify(twice, LocalDate.of(2023, 3, 2)).timeliness())
                .as("the second request is not known yet")
                .isEqualTo(Timeliness.PENDING_WITHIN);
    }

    @Test
    void anExtensionDoesNotMoveTheDueDate() {
        Dossier extended = received()
                .addExtensions(Extension.of(at("2023-03-13T09:00"), LocalDate.of(2023, 3, 22)))
                .outcome(Outcome.RESOLVED)
                .returnedAt(at("2023-03-20T09:00"))
                .build();

        Verdict verdict = CLASSIFIER.classify(extended, YEAR_END);
        assertThat(verdict.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(verdict.dueDate()).contains(DUE);
    }

    @Test
    void anExcusalIntervalExcusesOnlyDossiersItsRuleCovers() {
        ExcusalInterval outage = ExcusalInterval.builder()
                .start(LocalDate.of(2023, 3, 15))
                .end(LocalDate.of(2023, 3, 16))
                .reason("Hệ thống không truy cập được")
                .source("Công văn (ví dụ)")
                .build();
        TimelinessClassifier excusing = TimelinessClassifier.builder()
                .deadlineRules(RULES)
                .excusals(List.of(outage))
                .build();

        Verdict inside = excusing.classify(resolvedAt("2023-03-17T09:00"), YEAR_END);
        assertThat(inside.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(inside.adjusted()).isEqualTo(Timeliness.ON_TIME);
        assertThat(inside.excusalReason()).contains("Hệ thống không truy cập được");
        assertThat(inside.rule()).endsWith("; excused in the adjusted figures: Hệ thống không truy cập được");
        Verdict outside = excusing.classify(resolvedAt("2023-03-20T09:00"), YEAR_END);
        assertThat(outside.adjusted())
                .as("returned after the first working day after the outage")
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void anIntervalScopedToUnitsFollowsTheAttribution() {
        ExcusalInterval receivingDeskClosed = ExcusalInterval.builder()
                .start(LocalDate.of(2023, 3, 15))
                .end(LocalDate.of(2023, 3, 15))
                .reason("Bộ phận một cửa tạm dừng")
                .source("Thông báo (ví dụ)")
                .addUnitCodes("DESK")
                .build();
        Dossier receivedElsewhere = Dossier.builder()
                .from(resolvedAt("2023-03-16T09:00"))
                .receivingUnitCode("DESK")
                .build();
        TimelinessClassifier byResolving = TimelinessClassifier.builder()
                .deadlineRules(RULES)
                .excusals(List.of(receivingDeskClosed))
                .build();
        TimelinessClassifier byReceiving = TimelinessClassifier.builder()
                .deadlineRules(RULES)
                .excusals(List.of(receivingDeskClosed))
                .attribution(Attribution.RECEIVING_UNIT)
                .build();

        assertThat(byResolving.classify(receivedElsewhere, YEAR_END).isExcused())
                .isFalse();
        assertThat(byReceiving.classify(receivedElsewhere, YEAR_END).isExcused())
                .isTrue();
    }

    @Test
    void aDossiersOwnExcusalExcusesItsLateness() {
        Dossier excused = Dossier.builder()
                .from(resolvedAt("2023-03-30T09:00"))
                .excusal(DossierExcusal.of("COURT", "Tạm dừng theo yêu cầu của Tòa án"))
                .build();

        Verdict verdict = CLASSIFIER.classify(excused, YEAR_END);
        assertThat(verdict.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(verdict.adjusted()).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void refusedWithdrawnAndStoppedHaveTheirOwnClasses() {
        for (Outcome outcome : List.of(Outcome.REFUSED, Outcome.WITHDRAWN, Outcome.STOPPED)) {
            Dossier closed = received()
                    .outcome(outcome)
                    .returnedAt(at("2023-03-20T09:00"))
                    .build();
            Verdict verdict = CLASSIFIER.classify(closed, YEAR_END);
            assertThat(verdict.timeliness().name()).isEqualTo(outcome.name());
            assertThat(verdict.rule()).isEqualTo("closed 2023-03-20 without a result: " + outcome);
        }
    }

    @Test
    void aDeadlineComputedAheadMustBeTheDossiersAsKnownOnTheReportDate() {
        Dossier dossier = received()
                .addSupplementRequests(SupplementRequest.of(at("2023-03-20T09:00"), at("2023-03-21T09:00")))
                .build();
        LocalDate reportDate = LocalDate.of(2023, 3, 16);

        assertThat(CLASSIFIER.classify(dossier, CLASSIFIER.deadlineOn(dossier, reportDate), reportDate))
                .isEqualTo(CLASSIFIER.classify(dossier, reportDate));
        assertThat(CLASSIFIER.classify(dossier, reportDate).timeliness()).isEqualTo(Timeliness.PENDING_OVERDUE);
        assertThatThrownBy(() -> CLASSIFIER.classify(
                        dossier,
                        RULES.deadline(
                                Dossier.builder().from(dossier).id("HS-2").build()),
                        reportDate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the deadline of dossier 'HS-2' was given to classify dossier 'HS-1'");
    }

    @Test
    void verdictsAreValuesWithAReadableTextForm() {
        Verdict early = CLASSIFIER.classify(resolvedAt("2023-03-14T16:00"), YEAR_END);

        assertThat(early).isEqualTo(CLASSIFIER.classify(resolvedAt("2023-03-14T16:00"), YEAR_END));
        assertThat(early).hasSameHashCodeAs(CLASSIFIER.classify(resolvedAt("2023-03-14T16:00"), YEAR_END));
        assertThat(early).isNotEqualTo(CLASSIFIER.classify(resolvedAt("2023-03-15T16:00"), YEAR_END));
        assertThat(early).hasToString("Verdict[HS-1 EARLY: ended 2023-03-14 before the due date 2023-03-15: EARLY]");
        assertThat(early.reportDate()).isEqualTo(YEAR_END);
        assertThat(early.end()).contains(at("2023-03-14T16:00"));
        assertThat(early.findings()).isEmpty();
        assertThat(CLASSIFIER.granularity()).isEqualTo(Granularity.BY_PROCESSING_TIME);
        assertThat(CLASSIFIER.excusals()).isEmpty();
    }

    @Test
    void aDossierReceivedAfterTheReportDateCannotBeClassified() {
        assertThatThrownBy(() -> CLASSIFIER.classify(received().build(), LocalDate.of(2023, 2, 28)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Dossier 'HS-1' was received on 2023-03-01, after the report date 2023-02-28");
    }
}
