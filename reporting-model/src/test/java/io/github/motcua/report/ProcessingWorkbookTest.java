package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.Language;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.rate.Rounding;
import io.github.motcua.tally.Tally;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Biểu 06 as a workbook, read back with POI: the form's layout, numbers as numbers, streaming. */
class ProcessingWorkbookTest {
    private static final ProcessingReport THUAN_CHAU = ThuanChau2023ReportGoldenTest.byLevel();

    private static XSSFWorkbook written(ProcessingReport report, Language language) throws IOException {
        return ReadBack.workbook(out -> ProcessingWorkbook.write(report, language, out));
    }

    @Test
    void theThuanChauSheetHoldsTheFormCellByCell() throws IOException {
        try (XSSFWorkbook workbook = written(THUAN_CHAU, Language.VI)) {
            assertThat(workbook.getNumberOfSheets()).isOne();
            Sheet sheet = workbook.getSheet("Biểu 06");

            assertThat(ReadBack.cells(sheet))
                    .containsExactly(
                            "A1 \"Biểu 06/VPCP/KSTT\"",
                            "A2 \"Thông tư 01/2020/TT-VPCP (Biểu 06, sửa đổi Thông tư 02/2017/TT-VPCP)\"",
                            "A3 \"TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\"",
                            "A4 \"Đơn vị báo cáo: UBND huyện Thuận Châu\"",
                            "A5 \"Kỳ báo cáo: 2023 (số liệu từ ngày 15/12/2022 đến ngày 14/12/2023)\"",
                            // The headers: three rows, then the form's numbers
                            "A7 \"STT\"",
                            "B7 \"Nội dung\"",
                            "C7 \"Số hồ sơ nhận giải quyết\"",
                            "G7 \"Kết quả giải quyết\"",
                            "N7 \"Quá hạn có lý do khách quan\"",
                            "O7 \"Rút hồ sơ\"",
                            "P7 \"Từ chối\"",
                            "Q7 \"Dừng giải quyết\"",
                            "R7 \"Tỷ lệ đúng hạn (%)\"",
                            "S7 \"Tỷ lệ đúng hạn sau loại trừ (%)\"",
                            "C8 \"Tổng số\"",
                            "D8 \"Trong đó\"",
                            "G8 \"Đã giải quyết\"",
                            "K8 \"Đang giải quyết\"",
                            "D9 \"Trực tuyến\"",
                            "E9 \"Trực tiếp, dịch vụ bưu chính\"",
                            "F9 \"Từ kỳ trước\"",
                            "G9 \"Tổng số\"",
                            "H9 \"Trước hạn\"",
                            "I9 \"Đúng hạn\"",
                            "J9 \"Quá hạn\"",
                            "K9 \"Tổng số\"",
                            "L9 \"Trong hạn\"",
                            "M9 \"Quá hạn\"",
                            "A10 \"(1)\"",
                            "B10 \"(2)\"",
                            "C10 \"(3)\"",
                            "D10 \"(4)\"",
                            "E10 \"(5)\"",
                            "F10 \"(6)\"",
                            "G10 \"(7)\"",
                            "H10 \"(8)\"",
                            "I10 \"(9)\"",
                            "J10 \"(10)\"",
                            "K10 \"(11)\"",
                            "L10 \"(12)\"",
                            "M10 \"(13)\"",
                            // The district: (3) to (13), excused, withdrawn, refused, stopped, rates
                            "A11 1 [General]",
                            "B11 \"Cấp huyện\"",
                            "C11 3673 [#,##0]",
                            "D11 1398 [#,##0]",
                            "E11 2265 [#,##0]",
                            "F11 10 [#,##0]",
                            "G11 3673 [#,##0]",
                            "H11 3356 [#,##0]",
                            "I11 282 [#,##0]",
                            "J11 35 [#,##0]",
                            "K11 0 [#,##0]",
                            "L11 0 [#,##0]",
                            "M11 0 [#,##0]",
                            "N11 26 [#,##0]",
                            "O11 0 [#,##0]",
                            "P11 0 [#,##0]",
                            "Q11 0 [#,##0]",
                            "R11 0.9905 [0.00%]",
                            "S11 0.9975 [0.00%]",
                            // The communes
                            "A12 2 [General]",
                            "B12 \"Cấp xã\"",
                            "C12 9577 [#,##0]",
                            "D12 3868 [#,##0]",
                            "E12 5709 [#,##0]",
                            "F12 0 [#,##0]",
                            "G12 9577 [#,##0]",
                            "H12 7927 [#,##0]",
                            "I12 1627 [#,##0]",
                            "J12 23 [#,##0]",
                            "K12 0 [#,##0]",
                            "L12 0 [#,##0]",
                            "M12 0 [#,##0]",
                            "N12 0 [#,##0]",
                            "O12 0 [#,##0]",
                            "P12 0 [#,##0]",
                            "Q12 0 [#,##0]",
                            "R12 0.9976 [0.00%]",
                            "S12 0.9976 [0.00%]",
                            // The total, which has no number
                            "B13 \"Tổng cộng\"",
                            "C13 13250 [#,##0]",
                            "D13 5266 [#,##0]",
                            "E13 7974 [#,##0]",
                            "F13 10 [#,##0]",
                            "G13 13250 [#,##0]",
                            "H13 11283 [#,##0]",
                            "I13 1909 [#,##0]",
                            "J13 58 [#,##0]",
                            "K13 0 [#,##0]",
                            "L13 0 [#,##0]",
                            "M13 0 [#,##0]",
                            "N13 26 [#,##0]",
                            "O13 0 [#,##0]",
                            "P13 0 [#,##0]",
                            "Q13 0 [#,##0]",
                            "R13 0.9956 [0.00%]",
                            "S13 0.9976 [0.00%]",
                            "A15 \"Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / đã giải quyết; tỷ lệ sau loại trừ tính hồ sơ"
                                    + " quá hạn có lý do khách quan là đúng hạn.\"");
            assertThat(ReadBack.merged(sheet))
                    .containsExactlyInAnyOrder(
                            "A3:S3", "A4:S4", "A5:S5", // title, unit, period
                            "A7:A9", "B7:B9", // (1), (2)
                            "C7:F7", "C8:C9", "D8:F8", // received: total, of which (4) to (6)
                            "G7:M7", "G8:J8", "K8:M8", // results: resolved (7) to (10), pending (11) to (13)
                            "N7:N9", "O7:O9", "P7:P9", "Q7:Q9", "R7:R9", "S7:S9");
        }
    }

    @Test
    void theOnlyEmptyCellsAreUnderMergedHeadersAfterTheFormsNumbersAndTheTotalsNumber() throws IOException {
        try (XSSFWorkbook workbook = written(THUAN_CHAU, Language.VI)) {
            Sheet sheet = workbook.getSheet(ProcessingWorkbook.SHEET_NAME);
            List<String> outsideMerged = new ArrayList<>();
            for (String address : ReadBack.blanks(sheet)) {
                CellAddress cell = new CellAddress(address);
                if (sheet.getMergedRegions().stream()
                        .noneMatch(region -> region.isInRange(cell.getRow(), cell.getColumn()))) {
                    outsideMerged.add(address);
                }
            }

            assertThat(outsideMerged).containsExactly("N10", "O10", "P10", "Q10", "R10", "S10", "A13");
        }
    }

    @Test
    void everyMergedRegionHoldsItsTextInItsFirstCellOnlyTheOthersEmptyOrAbsent() throws IOException {
        try (XSSFWorkbook workbook = written(THUAN_CHAU, Language.VI)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                for (CellAddress address : region) {
                    Cell cell = sheet.getRow(address.getRow()).getCell(address.getColumn());
                    boolean first =
                            address.getRow() == region.getFirstRow() && address.getColumn() == region.getFirstColumn();
                    assertThat(cell == null ? CellType.BLANK : cell.getCellType())
                            .as("%s in %s", address, region.formatAsString())
                            .isEqualTo(first ? CellType.STRING : CellType.BLANK);
                }
            }
        }
    }

    @Test
    void theEnglishSheetIsHeadedInEnglishAndKeepsTheReportsRowLabels() throws IOException {
        try (XSSFWorkbook workbook = written(THUAN_CHAU, Language.EN)) {
            List<String> cells = ReadBack.cells(workbook.getSheetAt(0));

            assertThat(cells)
                    .contains(
                            "A3 \"PROCESSING OF ADMINISTRATIVE PROCEDURES: SITUATION AND RESULTS\"",
                            "A4 \"Reporting unit: UBND huyện Thuận Châu\"",
                            "A5 \"Period: 2023 (data from 15/12/2022 to 14/12/2023)\"",
                            "A7 \"No.\"",
                            "C8 \"Total\"",
                            "D8 \"Of which\"",
                            "H9 \"Early\"",
                            "B11 \"Cấp huyện\"",
                            "B13 \"Total\"",
                            "C11 3673 [#,##0]");
        }
    }

    @Test
    void aRateIsTheExactlyRoundedPercentageShownWithTheRoundingsDecimals() throws IOException {
        ProcessingReport report = ThuanChau2023ReportGoldenTest.byLevel(Rounding.of(Rounding.Mode.HALF_UP, 3));
        BigDecimal official = report.row("DISTRICT").onTimePercentOfficial().orElseThrow();

        try (XSSFWorkbook workbook = written(report, Language.VI)) {
            Cell rate = workbook.getSheetAt(0).getRow(10).getCell(17);

            assertThat(official).isEqualTo(new BigDecimal("99.047"));
            assertThat(ReadBack.describe(rate)).isEqualTo("R11 0.99047 [0.000%]");
            assertThat(BigDecimal.valueOf(rate.getNumericCellValue())).isEqualTo(official.movePointLeft(2));
        }
    }

    @Test
    void aRowWithNothingResolvedHasNoRateAndALabelLikeAFormulaStaysText() throws IOException {
        ProcessingReport report = ProcessingReport.builder("X", "", ReportingPeriod.year(2023))
                .row("X", "=1+1", Tally.empty())
                .build();

        try (XSSFWorkbook workbook = written(report, Language.VI)) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(ReadBack.describe(sheet.getRow(10).getCell(1))).isEqualTo("B11 \"=1+1\"");
            assertThat(sheet.getRow(10).getCell(17).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(10).getCell(18).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
                    .as("no unit named, no unit line")
                    .isEmpty();
        }
    }

    @Test
    void theNotesOfTheReportFollowTheRatesDefinition() throws IOException {
        ProcessingReport report = ProcessingReport.builder("X", "Xã X", ReportingPeriod.year(2023))
                .row("X", "Xã X", Tally.empty())
                .findings(io.github.motcua.deadline.FindingKind.SECOND_EXTENSION, 2)
                .build();

        try (XSSFWorkbook workbook = written(report, Language.VI)) {
            assertThat(ReadBack.cells(workbook.getSheetAt(0)))
                    .endsWith(
                            "A14 \"Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / đã giải quyết; tỷ lệ sau loại trừ tính hồ"
                                    + " sơ quá hạn có lý do khách quan là đúng hạn.\"",
                            "A15 \"Phát hiện trên hồ sơ: 02 hồ sơ gia hạn quá một lần.\"");
        }
    }

    @Test
    void theSheetCanBeAddedToAWorkbookOfOnesOwnOnce() throws IOException {
        try (XSSFWorkbook own = new XSSFWorkbook();
                XSSFWorkbook alone = written(THUAN_CHAU, Language.VI)) {
            own.createSheet("Biểu 05");

            Sheet added = ProcessingWorkbook.addTo(own, THUAN_CHAU, Language.VI);

            assertThat(own.getSheetIndex(added)).isOne();
            assertThat(ReadBack.cells(added)).isEqualTo(ReadBack.cells(alone.getSheetAt(0)));
            assertThat(ReadBack.merged(added)).isEqualTo(ReadBack.merged(alone.getSheetAt(0)));
            assertThatThrownBy(() -> ProcessingWorkbook.addTo(own, THUAN_CHAU, Language.VI))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theRowsAreWrittenOutAsTheyAreMadeSoThatALongReportTakesLittleMemory() throws IOException {
        ProcessingReport.Builder builder = ProcessingReport.builder("X", "Tỉnh X", ReportingPeriod.year(2023));
        for (int i = 0; i < 1_000; i++) {
            builder.row("U" + i, "Đơn vị " + i, Tally.empty());
        }
        ProcessingReport report = builder.build();

        try (Workbook workbook = ProcessingWorkbook.workbook(report, Language.VI)) {
            Sheet sheet = workbook.getSheet(ProcessingWorkbook.SHEET_NAME);

            assertThat(sheet.getRow(10)).as("the first row, written out").isNull();
            assertThat(sheet.getRow(10 + 1_000).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
        }
        try (XSSFWorkbook read = written(report, Language.VI)) {
            assertThat(read.getSheetAt(0).getRow(10 + 999).getCell(1).getStringCellValue())
                    .isEqualTo("Đơn vị 999");
        }
    }

    @Test
    void theSameReportGivesTheSameContentAndTheCallersStreamStaysOpen() throws IOException {
        ClosingStream first = new ClosingStream();
        ProcessingWorkbook.write(THUAN_CHAU, Language.VI, first);
        ClosingStream second = new ClosingStream();
        ProcessingWorkbook.write(THUAN_CHAU, Language.VI, second);

        assertThat(first.parts()).isEqualTo(second.parts());
        assertThat(first.closed).isFalse();
    }

    /** A stream that records whether it was closed. */
    static final class ClosingStream extends ByteArrayOutputStream {
        boolean closed;

        /**
         * The file's parts and their contents: what a file holds, without the times at which its
         * zip entries were written (recorded to two seconds, so two writes may differ there).
         */
        java.util.Map<String, String> parts() throws IOException {
            java.util.Map<String, String> parts = new java.util.TreeMap<>();
            java.nio.file.Path file = java.nio.file.Files.createTempFile("motcua-office", ".zip");
            try {
                java.nio.file.Files.write(file, toByteArray());
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        try (java.io.InputStream in = zip.getInputStream(entry)) {
                            parts.put(
                                    entry.getName(),
                                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
            } finally {
                java.nio.file.Files.delete(file);
            }
            return parts;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
