package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
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

    @Test
    void theEnglishCsvHasEnglishHeaders() throws IOException {
        StringWriter csv = new StringWriter();

        ProcessingTable.csv(ThuanChau2023ReportGoldenTest.byLevel(), Language.EN, csv);

        assertThat(csv.toString()).startsWith("Row,\"(3) Received\"");
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
}
