package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.Language;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** The narrative as a Word document, read back with POI: headings, the renderer's lines, the table. */
class NarrativeDocumentTest {
    private static final ProcessingReport THUAN_CHAU = ThuanChau2023ReportGoldenTest.byLevel();

    private static XWPFDocument written(NarrativeDocument.Builder builder) throws IOException {
        return ReadBack.document(builder::write);
    }

    @Test
    void headingsTakeTheHeadingStylesTheDocumentDefines() throws IOException {
        try (XWPFDocument document = written(NarrativeDocument.builder(Language.VI)
                .heading(1, "Báo cáo")
                .heading(2, "2. Kết quả")
                .heading(3, "2.1. Cấp huyện"))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();

            assertThat(paragraphs)
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("Báo cáo", "2. Kết quả", "2.1. Cấp huyện");
            assertThat(paragraphs)
                    .extracting(XWPFParagraph::getStyle)
                    .containsExactly("Heading1", "Heading2", "Heading3");
            assertThat(List.of("Heading1", "Heading2", "Heading3"))
                    .allSatisfy(style ->
                            assertThat(document.getStyles().styleExist(style)).isTrue());
            assertThat(document.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
        }
    }

    @Test
    void aSectionsParagraphsAreTheRenderersLinesBlankLinesLeftOut() throws IOException {
        String results = NarrativeRenderer.of(Language.VI).results(THUAN_CHAU);

        try (XWPFDocument document =
                written(NarrativeDocument.builder(Language.VI).text(results).text("\n\n"))) {
            assertThat(document.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .containsExactlyElementsOf(
                            results.lines().filter(line -> !line.isBlank()).toList())
                    .hasSize(2)
                    .allSatisfy(text -> assertThat(text).startsWith("- Cấp "));
            assertThat(document.getParagraphs())
                    .allSatisfy(paragraph -> assertThat(paragraph.getStyle()).isNull());
        }
    }

    @Test
    void theTableHoldsBieu06AsTheTextTableWritesIt() throws IOException {
        try (XWPFDocument document = written(NarrativeDocument.builder(Language.VI)
                .text("Trước bảng")
                .table(THUAN_CHAU)
                .text("Sau bảng"))) {
            List<IBodyElement> body = document.getBodyElements();
            XWPFTable table = document.getTables().get(0);
            List<List<String>> cells = table.getRows().stream()
                    .map(row -> row.getTableCells().stream()
                            .map(XWPFTableCell::getText)
                            .toList())
                    .toList();

            assertThat(body.get(1)).isSameAs(table);
            assertThat(cells).hasSize(4);
            assertThat(cells.get(0))
                    .startsWith("Nội dung", "(3) Tổng số hồ sơ tiếp nhận", "(4) Trực tuyến")
                    .endsWith("Tỷ lệ đúng hạn (%)", "Tỷ lệ đúng hạn sau loại trừ (%)")
                    .hasSize(18);
            assertThat(cells.get(1))
                    .containsExactly(
                            "Cấp huyện",
                            "3.673",
                            "1.398",
                            "2.265",
                            "10",
                            "3.673",
                            "3.356",
                            "282",
                            "35",
                            "26",
                            "0",
                            "0",
                            "0",
                            "0",
                            "0",
                            "0",
                            "99,05",
                            "99,75");
            assertThat(cells.get(3)).startsWith("Tổng cộng", "13.250").endsWith("99,56", "99,76");
            assertThat(ProcessingTable.text(THUAN_CHAU, Language.VI)
                            .lines()
                            .map(line -> List.of(line.trim().split(" {2,}")))
                            .toList())
                    .as("the text table's lines, their cells apart")
                    .isEqualTo(cells);
            assertThat(document.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .contains("Trước bảng", "Sau bảng");
        }
    }

    @Test
    void anEnglishTableHasEnglishHeadersAndNumbers() throws IOException {
        try (XWPFDocument document =
                written(NarrativeDocument.builder(Language.EN).table(THUAN_CHAU))) {
            XWPFTableRow header = document.getTables().get(0).getRow(0);
            XWPFTableRow district = document.getTables().get(0).getRow(1);

            assertThat(header.getCell(1).getText()).isEqualTo("(3) Received");
            assertThat(district.getCell(1).getText()).isEqualTo("3,673");
            assertThat(district.getCell(17).getText()).isEqualTo("99.75");
        }
    }

    @Test
    void aHeadingLevelOutsideOneToThreeIsRefused() {
        NarrativeDocument.Builder builder = NarrativeDocument.builder(Language.VI);

        assertThatThrownBy(() -> builder.heading(0, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a heading's level is 1 to 3: 0");
        assertThatThrownBy(() -> builder.heading(4, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameDocumentGivesTheSameContentAndTheCallersStreamStaysOpen() throws IOException {
        NarrativeDocument.Builder builder =
                NarrativeDocument.builder(Language.VI).heading(1, "Báo cáo").table(THUAN_CHAU);
        ProcessingWorkbookTest.ClosingStream first = new ProcessingWorkbookTest.ClosingStream();
        builder.write(first);
        ProcessingWorkbookTest.ClosingStream second = new ProcessingWorkbookTest.ClosingStream();
        builder.write(second);

        assertThat(first.parts()).isEqualTo(second.parts());
        assertThat(first.closed).isFalse();
    }
}
