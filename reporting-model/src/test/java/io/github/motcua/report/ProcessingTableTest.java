package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.Language;
import io.github.motcua.io.CsvDialect;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Biểu 06 as CSV and as a text table; a row that breaks an identity is refused. */
class ProcessingTableTest {
    @Test
    void theCsvHasVietnameseHeadersPlainNumbersAndTheTotalRow() throws IOException {
        StringWriter csv = new StringWriter();

        ProcessingTable.csv(ThuanChau2023ReportGoldenTest.byLevel(), Language.VI, csv);

        List<String> lines = csv.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("\"Nội dung\",\"(3) Tổng số hồ sơ tiếp nhận\"");
        assertThat(lines.get(1)).startsWith("\"Cấp huyện\",3673,").endsWith(",99.05,99.75");
        assertThat(lines.get(3)).startsWith("\"Tổng cộng\",13250,");
    }

    private interface CsvCall {
        void write(Writer out) throws IOException;
    }

    private static byte[] bytes(CsvCall call) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        call.write(out);
        out.flush();
        return bytes.toByteArray();
    }

    @Test
    void theExcelCsvHasAByteOrderMarkSemicolonsAndDecimalCommas() throws IOException {
        byte[] bytes = bytes(out ->
                ProcessingTable.csv(ThuanChau2023ReportGoldenTest.byLevel(), Language.VI, CsvDialect.EXCEL, out));

        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("Nội dung;(3) Tổng số hồ sơ tiếp nhận;");
        assertThat(lines.get(1)).startsWith("Cấp huyện;3673;").endsWith(";99,05;99,75");
        assertThat(lines.get(3)).startsWith("Tổng cộng;13250;");
    }

    @Test
    void thePlainCsvIsTheDefaultWithoutAByteOrderMark() throws IOException {
        ProcessingReport report = ThuanChau2023ReportGoldenTest.byLevel();
        byte[] plain = bytes(out -> ProcessingTable.csv(report, Language.VI, CsvDialect.PLAIN, out));

        assertThat(plain).isEqualTo(bytes(out -> ProcessingTable.csv(report, Language.VI, out)));
        assertThat(plain[0]).isEqualTo((byte) '"');
        assertThat(new String(plain, StandardCharsets.UTF_8)).contains(",99.05,99.75\n");
    }

    @Test
    void aLabelHoldingTheSeparatorIsQuotedAndOneLikeAFormulaNeutralisedInEitherDialect() throws IOException {
        ProcessingReport report = ProcessingReport.builder(
                        "X", "Xã X", io.github.motcua.period.ReportingPeriod.year(2023))
                .row("X", "=Xã A;B", io.github.motcua.tally.Tally.empty())
                .build();

        StringWriter excel = new StringWriter();
        ProcessingTable.csv(report, Language.VI, CsvDialect.EXCEL, excel);
        StringWriter plain = new StringWriter();
        ProcessingTable.csv(report, Language.VI, CsvDialect.PLAIN, plain);

        assertThat(excel.toString().lines().toList().get(1)).startsWith("\"'=Xã A;B\";0;");
        assertThat(plain.toString().lines().toList().get(1)).startsWith("\"'=Xã A;B\",0,");
    }

    @Test
    void theEnglishCsvHasEnglishHeaders() throws IOException {
        StringWriter csv = new StringWriter();

        ProcessingTable.csv(ThuanChau2023ReportGoldenTest.byLevel(), Language.EN, csv);

        assertThat(csv.toString()).startsWith("Row,\"(3) Received\"");
        assertThat(csv.toString().lines().toList().get(3))
                .as("the total row in the table's language, whatever the report's total label")
                .startsWith("Total,13250,");
    }

    @Test
    void theTextTableFormatsNumbersForTheLanguage() {
        String text = ProcessingTable.text(ThuanChau2023ReportGoldenTest.byLevel(), Language.VI);

        assertThat(text.lines().toList().get(1))
                .startsWith("Cấp huyện")
                .contains("  3.673")
                .endsWith("99,75");
        assertThat(ProcessingTable.text(ThuanChau2023ReportGoldenTest.byLevel(), Language.EN))
                .contains("13,250");
    }

    @Test
    void aRowWhoseResolvedAreNotEarlyPlusOnTimePlusLateIsRefused() {
        assertThatThrownBy(() -> new ProcessingRow(
                        "X",
                        "Xã X",
                        10,
                        0,
                        10,
                        0,
                        10,
                        5,
                        4,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        Optional.empty(),
                        Optional.empty()))
                .isInstanceOf(ReportIdentityException.class)
                .hasMessage("row 'Xã X': (7) = (8) + (9) + (10) does not hold: 10 ≠ 9");
    }

    @Test
    void aTotalThatIsNotTheRowsSumIsRefused() {
        ProcessingReport report = ThuanChau2023ReportGoldenTest.byLevel();
        ProcessingRow total = report.total();
        ProcessingRow swapped = new ProcessingRow(
                total.key(),
                total.label(),
                total.received(),
                total.newDirectOrPostal(),
                total.newOnline(),
                total.carriedOver(),
                total.resolved(),
                total.early(),
                total.onTime(),
                total.late(),
                total.lateExcused(),
                total.lateAdjusted(),
                total.pending(),
                total.pendingWithin(),
                total.pendingOverdue(),
                total.withdrawn(),
                total.refused(),
                total.stopped(),
                total.onTimePercentOfficial(),
                total.onTimePercentAdjusted());

        assertThatThrownBy(() -> new ProcessingReport(
                        report.unitCode(),
                        report.unitName(),
                        report.formId(),
                        report.legalBasis(),
                        report.period(),
                        report.windowStart(),
                        report.windowEnd(),
                        report.grouping(),
                        report.rows(),
                        swapped,
                        report.rateDefinition(),
                        report.rounding(),
                        report.excusals(),
                        report.findings(),
                        report.provisionalYears()))
                .isInstanceOf(ReportIdentityException.class)
                .hasMessageContaining("= the rows' sum");
    }

    @Test
    void aBandThatListsAnotherBandsMembersIsRefused() {
        List<RankedScore> entries = List.of(
                new RankedScore(1, "A", "A", new java.math.BigDecimal("16"), "EXCELLENT"),
                new RankedScore(2, "B", "B", new java.math.BigDecimal("13"), "GOOD"));

        assertThatThrownBy(() -> new EvaluationSection(
                        "k",
                        "t",
                        "s",
                        "1",
                        entries,
                        List.of(
                                new BandMembers("EXCELLENT", "Xuất sắc", "Excellent", List.of("B")),
                                new BandMembers("GOOD", "Tốt", "Good", List.of("A")))))
                .isInstanceOf(ReportIdentityException.class)
                .hasMessageContaining("band EXCELLENT lists [B] but its entries are [A]");
    }

    @Test
    void aRowWithoutResolvedDossiersSaysSoInItsOwnSentence() {
        ProcessingReport report = ProcessingReport.builder(
                        "X", "Xã X", io.github.motcua.period.ReportingPeriod.year(2023))
                .row("X", "Xã X", io.github.motcua.tally.Tally.empty())
                .build();

        assertThat(NarrativeRenderer.of(Language.VI).results(report))
                .endsWith("Số hồ sơ đang giải quyết: 0 hồ sơ. Chưa có hồ sơ được giải quyết để tính tỷ lệ đúng hạn.\n");
        assertThat(NarrativeRenderer.of(Language.EN).results(report))
                .endsWith("Pending: 0. No dossier was resolved, so there is no on-time rate.\n");
    }

    @Test
    void theNarrativeNamesLevelsInItsLanguageOnlyWhenTheRowsAreLevels() {
        ProcessingReport byUnit = ProcessingReport.builder(
                        "X", "Xã X", io.github.motcua.period.ReportingPeriod.year(2023))
                .grouping(Grouping.UNIT)
                .row("DISTRICT", "Đơn vị mã DISTRICT", io.github.motcua.tally.Tally.empty())
                .build();
        ProcessingReport byLevel = ProcessingReport.builder(
                        "X", "Xã X", io.github.motcua.period.ReportingPeriod.year(2023))
                .grouping(Grouping.LEVEL)
                .row("DISTRICT", "Cấp huyện", io.github.motcua.tally.Tally.empty())
                .build();

        assertThat(NarrativeRenderer.of(Language.EN).results(byUnit)).contains("Đơn vị mã DISTRICT");
        assertThat(NarrativeRenderer.of(Language.EN).results(byLevel))
                .contains(Labels.of(Language.EN).level(io.github.motcua.unit.UnitLevel.DISTRICT))
                .doesNotContain("Cấp huyện");
    }
}
