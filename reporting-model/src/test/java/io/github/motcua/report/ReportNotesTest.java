package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.Language;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.FindingKind;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.tally.Tally;
import org.junit.jupiter.api.Test;

/** The notes after the results: findings counted by kind, and the provisional years, once per report. */
class ReportNotesTest {
    private static ProcessingReport report(ReportingPeriod period) {
        return ProcessingReport.builder("TC", "UBND huyện Thuận Châu", period)
                .row("DD", "Đất đai", Tally.empty())
                .calendar(VietnamCalendars.official())
                .findings(FindingKind.PROMISE_BROKEN, 3)
                .findings(FindingKind.SUPPLEMENT_REQUESTED_AFTER_DUE_DATE, 1)
                .build();
    }

    @Test
    void aReportOverAComputedYearNamesItOnce() {
        ProcessingReport report = report(ReportingPeriod.year(2027));

        assertThat(report.provisionalYears()).containsExactly(2027);
        assertThat(report(ReportingPeriod.year(2026)).provisionalYears()).isEmpty();
        assertThat(NarrativeRenderer.of(Language.EN).notes(report))
                .isEqualTo("Findings on the records: 1 with a supplement request sent after the due date; 3 that"
                        + " missed the new date promised in an apology.\n\nThe working calendar of 2027 is provisional:"
                        + " computed from the Labour Code, no notice has been published.\n");
    }

    @Test
    void theNotesReadInVietnamese() {
        assertThat(NarrativeRenderer.of(Language.VI).notes(report(ReportingPeriod.year(2027))))
                .startsWith("Phát hiện trên hồ sơ: 01 hồ sơ yêu cầu bổ sung sau hạn giải quyết; 03 hồ sơ không giữ")
                .contains("Lịch làm việc năm 2027 là tạm tính");
    }

    @Test
    void aReportWithoutFindingsOrProvisionalYearsHasNoNotes() {
        ProcessingReport plain = ProcessingReport.builder("TC", "UBND huyện Thuận Châu", ReportingPeriod.year(2023))
                .row("DD", "Đất đai", Tally.empty())
                .build();

        assertThat(NarrativeRenderer.of(Language.VI).notes(plain)).isEmpty();
    }
}
