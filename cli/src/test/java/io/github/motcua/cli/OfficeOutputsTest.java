package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The xlsx and docx outputs of {@code demo}, {@code report} and {@code score}: only to a file given
 * with {@code --output}, never over an input, whole or not at all; and the sample workbook in
 * docs/samples is what {@code demo} writes.
 */
class OfficeOutputsTest {
    private static final Path SAMPLES = Path.of("..", "docs", "samples");
    private static final Path REFORM = SAMPLES.resolve("reform-2025");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Motcua.run(args, out, err);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** {@code report} on the reform-2025 sample (one record of which is rejected), then the arguments. */
    private int report(Path input, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--input",
                input.toString(),
                "--units",
                REFORM.resolve("units.jsonl").toString(),
                "--procedures",
                REFORM.resolve("procedures.jsonl").toString(),
                "--period",
                "2025",
                "--successor",
                "X.CL=X.MK",
                "--quiet"));
        args.addAll(List.of(extra));
        return run(args.toArray(new String[0]));
    }

    private static XSSFWorkbook workbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static XWPFDocument document(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static List<String> leftovers(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".part"))
                    .toList();
        }
    }

    @Test
    void aBinaryFormatWithoutOutputIsAUsageErrorBeforeAnyFileIsRead(@TempDir Path directory) {
        Path absent = directory.resolve("absent.csv");

        assertThat(run("demo", "--format", "xlsx")).isEqualTo(ExitCode.ERROR);
        assertThat(run("demo", "--format", "docx")).isEqualTo(ExitCode.ERROR);
        assertThat(report(absent, "--format", "xlsx")).isEqualTo(ExitCode.ERROR);
        assertThat(run(
                        "score",
                        "--scheme",
                        "tt01-2018-units",
                        "--dossiers",
                        absent.toString(),
                        "--evidence",
                        absent.toString(),
                        "--units",
                        absent.toString(),
                        "--procedures",
                        absent.toString(),
                        "--period",
                        "2023",
                        "--format",
                        "xlsx"))
                .isEqualTo(ExitCode.ERROR);

        assertThat(out.size()).as("nothing binary on standard output").isZero();
        assertThat(err())
                .contains("--format xlsx writes a binary file: give it with --output FILE, such as --output"
                        + " report.xlsx")
                .contains("--format docx writes a binary file: give it with --output FILE")
                .doesNotContain("no such file");
    }

    @Test
    void theSampleWorkbookInTheDocsIsWhatTheDemoWritesCellByCell(@TempDir Path directory) throws IOException {
        Path written = directory.resolve("bieu06.xlsx");

        assertThat(run("demo", "--format", "xlsx", "--output", written.toString()))
                .isZero();

        try (XSSFWorkbook fresh = workbook(written);
                XSSFWorkbook committed = workbook(SAMPLES.resolve("thuan-chau-2023-bieu06.xlsx"))) {
            assertThat(fresh.getNumberOfSheets()).isEqualTo(committed.getNumberOfSheets());
            for (int i = 0; i < fresh.getNumberOfSheets(); i++) {
                Sheet sheet = fresh.getSheetAt(i);
                Sheet sample = committed.getSheetAt(i);
                assertThat(sheet.getSheetName()).isEqualTo(sample.getSheetName());
                assertThat(cells(sheet))
                        .as(
                                "regenerate it: motcua demo --format xlsx --output docs/samples/thuan-chau-2023-bieu06.xlsx")
                        .isNotEmpty()
                        .isEqualTo(cells(sample));
                assertThat(merged(sheet)).isNotEmpty().isEqualTo(merged(sample));
            }
            assertThat(cells(fresh.getSheetAt(0)))
                    .contains("C11 NUMERIC 3673.0 #,##0", "S11 NUMERIC 0.9975 0.00%", "B13 STRING Tổng cộng ");
        }
    }

    /** Every cell of a sheet: its address, type, value and display format. */
    private static List<String> cells(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String format = cell.getCellStyle().getDataFormatString();
                cells.add(cell.getAddress() + " " + cell.getCellType() + " " + cell + " "
                        + (format.equals("General") ? "" : format));
            }
        }
        return cells;
    }

    private static List<String> merged(Sheet sheet) {
        return sheet.getMergedRegions().stream()
                .map(CellRangeAddress::formatAsString)
                .toList();
    }

    @Test
    void theDemoDocumentHoldsTheTextReportsLinesWithItsHeadingsAndBieu06(@TempDir Path directory) throws IOException {
        assertThat(run("demo")).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
        Path docx = directory.resolve("demo.docx");

        assertThat(run("demo", "--format", "docx", "--output", docx.toString())).isZero();

        try (XWPFDocument document = document(docx)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs().stream()
                    .filter(paragraph -> !paragraph.getText().isEmpty())
                    .toList();
            assertThat(paragraphs).extracting(XWPFParagraph::getText).containsExactlyElementsOf(lines);
            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Heading1");
            assertThat(paragraphs)
                    .filteredOn(paragraph -> "Heading2".equals(paragraph.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .containsExactly(
                            "2. Kết quả giải quyết TTHC năm 2023",
                            "3. Về tiếp nhận và xử lý phản ánh, kiến nghị về thủ tục hành chính",
                            "4. Kết quả đánh giá chấm điểm việc giải quyết TTHC năm 2023",
                            "5. Thẩm định kết quả tự chấm điểm của Bộ phận Tiếp nhận và trả kết quả cấp xã");
            assertThat(paragraphs)
                    .filteredOn(paragraph -> "Heading3".equals(paragraph.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .contains("4.2. Đánh giá UBND huyện: Đạt 17,94 điểm, xếp loại xuất sắc.");
            List<IBodyElement> body = document.getBodyElements();
            XWPFTable table = document.getTables().get(0);
            assertThat(document.getTables()).hasSize(1);
            assertThat(((XWPFParagraph) body.get(body.indexOf(table) - 1)).getText())
                    .as("Biểu 06 follows the results")
                    .startsWith("- Cấp xã: Tổng hồ sơ tiếp nhận: 9.577 hồ sơ");
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Cấp huyện");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("3.673");
        }
    }

    @Test
    void reportWritesBieu06AsAWorkbookWholeWithNoTemporaryFileLeft(@TempDir Path directory) throws IOException {
        Path xlsx = directory.resolve("out").resolve("bieu06.xlsx");

        assertThat(report(REFORM.resolve("dossiers.csv"), "--format", "xlsx", "--output", xlsx.toString()))
                .as("one record of the sample is rejected")
                .isEqualTo(ExitCode.REJECTED);

        assertThat(out.size()).isZero();
        try (XSSFWorkbook workbook = workbook(xlsx)) {
            Sheet sheet = workbook.getSheet("Biểu 06");
            assertThat(sheet.getRow(9).getCell(12).getStringCellValue()).isEqualTo("(13)");
            assertThat(sheet.getRow(sheet.getLastRowNum() - 2).getCell(1).getStringCellValue())
                    .isEqualTo("Tổng cộng");
        }
        assertThat(leftovers(xlsx.getParent())).isEmpty();
    }

    @Test
    void reportWritesTheNarrativeAndTheTableAsAWordDocument(@TempDir Path directory) throws IOException {
        Path docx = directory.resolve("report.docx");

        report(REFORM.resolve("dossiers.csv"), "--format", "docx", "--output", docx.toString());

        try (XWPFDocument document = document(docx)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("Kết quả giải quyết thủ tục hành chính kỳ 2025");
            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Heading1");
            assertThat(paragraphs)
                    .filteredOn(paragraph -> "Heading2".equals(paragraph.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("Biểu 06/VPCP/KSTT");
            assertThat(paragraphs.get(1).getText()).startsWith("- ");
            assertThat(document.getTables())
                    .singleElement()
                    .satisfies(table -> assertThat(table.getRow(table.getNumberOfRows() - 1)
                                    .getCell(0)
                                    .getText())
                            .isEqualTo("Tổng cộng"));
        }
    }

    @Test
    void anOutputNamingTheInputIsRefusedAndTheInputKept(@TempDir Path directory) throws IOException {
        Path input = directory.resolve("dossiers.csv");
        Files.copy(REFORM.resolve("dossiers.csv"), input);
        byte[] before = Files.readAllBytes(input);

        assertThat(report(input, "--format", "xlsx", "--output", input.toString()))
                .isEqualTo(ExitCode.ERROR);

        assertThat(err())
                .contains("--output " + input + " is the file given to --input: an output never overwrites an input");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void aRunThatStopsLeavesAnExistingOutputAsItWas(@TempDir Path directory) throws IOException {
        Path xlsx = Files.writeString(directory.resolve("bieu06.xlsx"), "the previous report");

        assertThat(report(REFORM.resolve("dossiers.csv"), "--strict", "--format", "xlsx", "--output", xlsx.toString()))
                .isEqualTo(ExitCode.REJECTED);

        assertThat(Files.readString(xlsx)).isEqualTo("the previous report");
        assertThat(leftovers(directory)).isEmpty();
    }

    @Test
    void aTextFormatGoesToTheOutputFileAsItWouldToStandardOutput(@TempDir Path directory) throws IOException {
        report(REFORM.resolve("dossiers.csv"), "--format", "csv");
        String printed = out.toString(StandardCharsets.UTF_8);
        out.reset();
        Path csv = directory.resolve("bieu06.csv");

        report(REFORM.resolve("dossiers.csv"), "--format", "csv", "--output", csv.toString());

        assertThat(out.size()).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isNotEmpty().isEqualTo(printed);
    }

    @Test
    void scoreWritesTheBandsAndTheScorecardsAsAWorkbook(@TempDir Path directory) throws IOException {
        Path dossiers = directory.resolve("tc.csv");
        assertThat(run("demo", "--export-dossiers", dossiers.toString())).isZero();
        Path xlsx = directory.resolve("scores.xlsx");

        int exit = run(
                "score",
                "--scheme",
                "tt01-2018-units-2dp",
                "--dossiers",
                dossiers.toString(),
                "--evidence",
                SAMPLES.resolve("unit-facts.jsonl").toString(),
                "--units",
                directory.resolve("units.jsonl").toString(),
                "--procedures",
                directory.resolve("procedures.jsonl").toString(),
                "--excusals",
                directory.resolve("excusals.jsonl").toString(),
                "--period",
                "2023",
                "--format",
                "xlsx",
                "--output",
                xlsx.toString());

        assertThat(exit).isZero();
        try (XSSFWorkbook workbook = workbook(xlsx)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Xếp loại");
            assertThat(workbook.getSheetName(1)).isEqualTo("Phiếu chấm điểm");
            assertThat(cells(workbook.getSheetAt(0))).anyMatch(cell -> cell.endsWith("STRING Bó Mười "));
            assertThat(cells(workbook.getSheetAt(1))).anyMatch(cell -> cell.contains("STRING Tổng điểm"));
        }
    }

    @Test
    void scoreRefusesAnOutputThatIsOneOfItsInputs(@TempDir Path directory) throws IOException {
        Path facts = directory.resolve("facts.jsonl");
        Files.copy(SAMPLES.resolve("unit-facts.jsonl"), facts);

        int exit = run(
                "score",
                "--scheme",
                "tt01-2018-units",
                "--dossiers",
                SAMPLES.resolve("dossiers.csv").toString(),
                "--evidence",
                facts.toString(),
                "--units",
                SAMPLES.resolve("units.jsonl").toString(),
                "--procedures",
                SAMPLES.resolve("procedures.jsonl").toString(),
                "--period",
                "2023",
                "--format",
                "xlsx",
                "--output",
                facts.toString());

        assertThat(exit).isEqualTo(ExitCode.ERROR);
        assertThat(err()).contains("--output " + facts + " is the file given to --evidence");
        assertThat(Files.readAllBytes(facts)).isEqualTo(Files.readAllBytes(SAMPLES.resolve("unit-facts.jsonl")));
    }
}
