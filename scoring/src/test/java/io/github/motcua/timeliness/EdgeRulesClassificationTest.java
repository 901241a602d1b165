package io.github.motcua.timeliness;

import static io.github.motcua.timeliness.TenWorkingDays.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.dossier.SupplementRequest;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcessingTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The verdicts at the edges that issue 18 found wrong, each on the issue's own example. */
class EdgeRulesClassificationTest {
    private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 14);
    private static final Field CIVIL = Field.of("HT", "Hộ tịch");
    private static final Procedure FOUR_HOURS = procedure("H4", ProcessingTime.workingHours(4));
    private static final Procedure SAME_DAY = procedure("SD", ProcessingTime.sameDay());
    private static final Procedure TEN_DAYS = procedure("D10", ProcessingTime.workingDays(10));
    private static final DeadlineRules RULES = DeadlineRules.builder()
            .calendar(VietnamCalendars.official())
            .catalogue(ProcedureCatalogue.builder()
                    .add(FOUR_HOURS, LocalDate.of(2013, 5, 1))
                    .add(SAME_DAY, LocalDate.of(2013, 5, 1))
                    .add(TEN_DAYS, LocalDate.of(2013, 5, 1))
                    .build())
            .build();
    private static final TimelinessClassifier CLASSIFIER =
            TimelinessClassifier.builder().deadlineRules(RULES).build();

    private static Procedure procedure(String code, ProcessingTime time) {
        return Procedure.builder()
                .code(code)
                .name("Thủ tục " + code)
                .field(CIVIL)
                .processingTime(time)
                .build();
    }

    private static Dossier.Builder dossier(Procedure procedure, String receivedAt) {
        return Dossier.builder()
                .id("HS-1")
                .procedureCode(procedure.code())
                .receivingUnitCode("U1")
                .resolvingUnitCode("U1")
                .channel(Channel.ONLINE)
                .receivedAt(at(receivedAt));
    }

    private static Dossier resolved(Dossier.Builder dossier, String endedAt) {
        return dossier.outcome(Outcome.RESOLVED).returnedAt(at(endedAt)).build();
    }

    @Test
    void anHourBasedProcedureEndingOnItsDueDateAfterItsDueHourIsLate() {
        // Issue 18, defect 3: received Monday 8/1/2024 at 15:00, due Tuesday at 09:00, ended 16:00.
        Dossier dossier = resolved(dossier(FOUR_HOURS, "2024-01-08T15:00"), "2024-01-09T16:00");

        Verdict verdict = CLASSIFIER.classify(dossier, YEAR_END);
        Verdict byDate = TimelinessClassifier.builder()
                .deadlineRules(RULES)
                .granularity(Granularity.DATE)
                .build()
                .classify(dossier, YEAR_END);

        assertThat(verdict.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(verdict.decision()).isEqualTo(Decision.ENDED_AFTER_DUE_INSTANT);
        assertThat(byDate.timeliness())
                .as("the date comparison, a named choice")
                .isEqualTo(Timeliness.ON_TIME);
        assertThat(CLASSIFIER
                        .classify(resolved(dossier(FOUR_HOURS, "2024-01-08T15:00"), "2024-01-09T08:30"), YEAR_END)
                        .timeliness())
                .isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void anHourBasedDossierStillPendingAtTheEndOfItsDueDateIsOverdue() {
        Dossier pending = dossier(FOUR_HOURS, "2024-01-08T15:00").build();

        Verdict onDueDate = CLASSIFIER.classify(pending, LocalDate.of(2024, 1, 9));
        Verdict dayBefore = CLASSIFIER.classify(pending, LocalDate.of(2024, 1, 8));
        Verdict byDate = TimelinessClassifier.builder()
                .deadlineRules(RULES)
                .granularity(Granularity.DATE)
                .build()
                .classify(pending, LocalDate.of(2024, 1, 9));

        assertThat(onDueDate.timeliness()).isEqualTo(Timeliness.PENDING_OVERDUE);
        assertThat(onDueDate.decision()).isEqualTo(Decision.PENDING_PAST_DUE_INSTANT);
        assertThat(dayBefore.timeliness()).isEqualTo(Timeliness.PENDING_WITHIN);
        assertThat(byDate.timeliness()).isEqualTo(Timeliness.PENDING_WITHIN);
    }

    @Test
    void aSupplementRequestAfterTheDueHourDoesNotSaveAnHourBasedDossier() {
        // Due Tuesday 9/1/2024 09:00; requested 16:00, answered 16:30, resolved Wednesday 09:00.
        Dossier dossier = resolved(
                dossier(FOUR_HOURS, "2024-01-08T15:00")
                        .addSupplementRequests(SupplementRequest.of(at("2024-01-09T16:00"), at("2024-01-09T16:30"))),
                "2024-01-10T09:00");

        assertThat(CLASSIFIER.classify(dossier, YEAR_END).timeliness()).isEqualTo(Timeliness.LATE);
    }

    @Test
    void aDayCountedProcedureIsStillComparedByDate() {
        Dossier dossier = resolved(dossier(TEN_DAYS, "2024-01-08T09:00"), "2024-01-22T21:00");

        assertThat(CLASSIFIER.classify(dossier, YEAR_END).timeliness()).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void aSameDayProcedureReceivedAfterHoursAndResolvedNextMorningIsNotLate() {
        // Issue 18, defect 2: received Monday 8/1/2024 at 18:00, resolved Tuesday at 08:00.
        Verdict verdict =
                CLASSIFIER.classify(resolved(dossier(SAME_DAY, "2024-01-08T18:00"), "2024-01-09T08:00"), YEAR_END);

        assertThat(verdict.timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(verdict.dueDate()).contains(LocalDate.of(2024, 1, 9));
    }

    @Test
    void aSupplementRequestAfterTheDueDateDoesNotTurnALateDossierEarly() {
        // Issue 18, defect 4: due 22/1/2024, requested 24/1, answered 25/1, resolved 30/1.
        Dossier dossier = resolved(
                dossier(TEN_DAYS, "2024-01-08T09:00")
                        .addSupplementRequests(SupplementRequest.of(at("2024-01-24T09:00"), at("2024-01-25T09:00"))),
                "2024-01-30T10:00");

        Verdict verdict = CLASSIFIER.classify(dossier, YEAR_END);

        assertThat(verdict.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(verdict.dueDate()).contains(LocalDate.of(2024, 1, 22));
        assertThat(verdict.latenessWorkingDays()).isEqualTo(6);
    }

    @Test
    void aDossierWaitingOnALateRequestIsPendingOverdueNotWithin() {
        Dossier dossier = dossier(TEN_DAYS, "2024-01-08T09:00")
                .addSupplementRequests(SupplementRequest.unanswered(at("2024-01-24T09:00")))
                .build();

        Verdict verdict = CLASSIFIER.classify(dossier, LocalDate.of(2024, 1, 31));

        assertThat(verdict.timeliness()).isEqualTo(Timeliness.PENDING_OVERDUE);
    }
}
