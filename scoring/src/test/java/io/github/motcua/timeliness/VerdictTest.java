package io.github.motcua.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.InvalidValueException;
import io.github.motcua.deadline.DeadlineFinding;
import io.github.motcua.deadline.FindingKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Verdicts built from their parts, as a reader of stored verdicts builds them. */
class VerdictTest {
    private static final LocalDate REPORT_DATE = LocalDate.of(2023, 12, 14);
    private static final LocalDate DUE = LocalDate.of(2023, 3, 15);
    private static final Instant DAY_AFTER_DUE = Instant.parse("2023-03-16T02:00:00Z");

    /** A dossier that ended the working day after its due date, not excused. */
    private static Verdict.Builder late() {
        return Verdict.builder()
                .dossierId("HS-1")
                .reportDate(REPORT_DATE)
                .timeliness(Timeliness.LATE)
                .decision(Decision.ENDED_AFTER_DUE_DATE)
                .end(DAY_AFTER_DUE)
                .dueDate(DUE)
                .latenessWorkingDays(1);
    }

    /** A dossier pending on the report date, long after its due date. */
    private static Verdict.Builder overdue() {
        return Verdict.builder()
                .dossierId("HS-2")
                .reportDate(REPORT_DATE)
                .timeliness(Timeliness.PENDING_OVERDUE)
                .decision(Decision.PENDING_PAST_DUE_DATE)
                .dueDate(DUE)
                .latenessWorkingDays(189);
    }

    @Test
    void anExcusalReasonMovesALateVerdictToOnTimeInTheAdjustedFiguresOnly() {
        Verdict verdict = late().excusalReason("Mất điện").build();

        assertThat(verdict.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(verdict.adjusted()).isEqualTo(Timeliness.ON_TIME);
        assertThat(verdict.isExcused()).isTrue();
        assertThat(verdict.excusalReason()).contains("Mất điện");
        assertThat(verdict.decision()).isEqualTo(Decision.ENDED_AFTER_DUE_DATE);
        assertThat(verdict)
                .hasToString("Verdict[HS-1 LATE (adjusted ON_TIME): ended 2023-03-16 after the due date 2023-03-15,"
                        + " 1 working day(s) late: LATE; excused in the adjusted figures: Mất điện]");
    }

    @Test
    void withoutAnExcusalReasonTheAdjustedClassIsTheOfficialOne() {
        Verdict verdict = overdue().excusalReason(Optional.empty()).build();

        assertThat(verdict.adjusted()).isEqualTo(Timeliness.PENDING_OVERDUE);
        assertThat(verdict.isExcused()).isFalse();
        assertThat(verdict.end()).isEmpty();
        assertThat(verdict.dueDate()).contains(DUE);
        assertThat(verdict.latenessWorkingDays()).isEqualTo(189);
        assertThat(verdict.findings()).isEmpty();
        assertThat(verdict.rule())
                .isEqualTo("pending on 2023-12-14, after the due date 2023-03-15, 189 working day(s) overdue:"
                        + " PENDING_OVERDUE");
    }

    @Test
    void verdictsBuiltFromEqualPartsAreEqualAndKeepTheirFindingsAsGiven() {
        List<DeadlineFinding> findings = new ArrayList<>();
        findings.add(DeadlineFinding.of(FindingKind.ENDED_NOT_RETURNED, "result ready 2023-03-16"));
        Verdict verdict = late().findings(findings).build();
        findings.clear();

        assertThat(verdict).isEqualTo(late().findings(verdict.findings()).build());
        assertThat(verdict)
                .hasSameHashCodeAs(late().findings(verdict.findings()).build());
        assertThat(verdict).isNotEqualTo(late().build());
        assertThat(verdict.findings()).hasSize(1);
    }

    @Test
    void buildNamesAPartThatIsNotSet() {
        assertThatThrownBy(() -> Verdict.builder()
                        .dossierId("HS-1")
                        .reportDate(REPORT_DATE)
                        .timeliness(Timeliness.EARLY)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Verdict.Builder: decision is not set; call decision(...) before build()");
        assertThatThrownBy(() -> Verdict.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Verdict.Builder: dossierId is not set; call dossierId(...) before build()");
    }

    @Test
    void theClassMustBeOneTheDecisionGives() {
        assertThatThrownBy(() -> late().timeliness(Timeliness.PENDING_OVERDUE).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Verdict 'HS-1': timeliness = PENDING_OVERDUE breaks the rule: the decision"
                        + " ENDED_AFTER_DUE_DATE gives LATE");
        assertThatThrownBy(() -> late().decision(Decision.CLOSED_WITHOUT_RESULT)
                        .latenessWorkingDays(0)
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Verdict 'HS-1': timeliness = LATE breaks the rule: the decision CLOSED_WITHOUT_RESULT"
                        + " gives REFUSED or WITHDRAWN or STOPPED");
    }

    @Test
    void anEndedVerdictHasAnEndOnOrBeforeTheReportDateAndAPendingOneHasNone() {
        assertThatThrownBy(() -> late().end(Optional.empty()).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Verdict 'HS-1': end = (none) breaks the rule: a LATE verdict needs the instant the"
                        + " dossier ended");
        assertThatThrownBy(() -> overdue().end(DAY_AFTER_DUE).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Verdict 'HS-2': end = 2023-03-16T09:00:00+07:00 breaks the rule: a PENDING_OVERDUE"
                        + " verdict has no end: the dossier was pending on its report date");
        assertThatThrownBy(() -> late().reportDate(LocalDate.of(2023, 3, 15)).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Verdict 'HS-1': end = 2023-03-16T09:00:00+07:00 breaks the rule: must not be after the"
                        + " report date 2023-03-15: a dossier that ends later is pending on it");
    }

    @Test
    void theDueDateIsThereWhenTheDecisionComparesWithOneAndAbsentWhileWaitingForTheApplicant() {
        assertThatThrownBy(() -> late().dueDate(Optional.empty()).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Verdict 'HS-1': dueDate = (none) breaks the rule: the decision ENDED_AFTER_DUE_DATE"
                        + " compares with a due date");
        assertThatThrownBy(() -> overdue()
                        .timeliness(Timeliness.PENDING_WITHIN)
                        .decision(Decision.WAITING_FOR_APPLICANT)
                        .latenessWorkingDays(0)
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Verdict 'HS-2': dueDate = 2023-03-15 breaks the rule: the decision WAITING_FOR_APPLICANT"
                        + " has no due date: the deadline waits for the applicant");
        assertThat(late().timeliness(Timeliness.REFUSED)
                        .decision(Decision.CLOSED_WITHOUT_RESULT)
                        .dueDate(Optional.empty())
                        .latenessWorkingDays(0)
                        .build()
                        .rule())
                .isEqualTo("closed 2023-03-16 without a result: REFUSED");
    }

    @Test
    void workingDaysOfLatenessBelongToALateOrOverdueVerdictWithADueDate() {
        assertThatThrownBy(() -> late().timeliness(Timeliness.EARLY)
                        .decision(Decision.ENDED_BEFORE_DUE_DATE)
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Verdict 'HS-1': latenessWorkingDays = 1 breaks the rule: only a LATE or PENDING_OVERDUE"
                        + " verdict has working days of lateness; this one is EARLY");
        assertThatThrownBy(() -> late().decision(Decision.REPEATED_SUPPLEMENT_REQUESTS)
                        .dueDate(Optional.empty())
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Verdict 'HS-1': latenessWorkingDays = 1 breaks the rule: lateness is counted from the"
                        + " due date, and there is none");
    }

    @Test
    void onlyALateVerdictIsExcused() {
        assertThatThrownBy(() -> overdue().excusalReason("Mất điện").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Verdict 'HS-2': excusalReason = Mất điện breaks the rule: only a LATE verdict is"
                        + " excused; this one is PENDING_OVERDUE");
    }

    @Test
    void aSetterRejectsAValueWrongOnItsOwnAtOnce() {
        assertThatThrownBy(() -> late().latenessWorkingDays(-1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Verdict 'HS-1': latenessWorkingDays = -1 breaks the rule: must not be negative");
        assertThatThrownBy(() -> late().excusalReason(" "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Verdict 'HS-1': excusalReason = ' ' breaks the rule: must not be blank: give the"
                        + " excusal's reason, or none when the dossier is not excused");
        assertThatThrownBy(() -> Verdict.builder().dossierId(""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Verdict: dossierId = '' breaks the rule: must not be blank");
    }
}
