package io.github.motcua.report;

import io.github.motcua.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A narrative report as a Word document (docx): headings, the sections as {@link
 * NarrativeRenderer} writes them, one paragraph per line of text, and Biểu 06 as a table with the
 * columns and numbers of {@link ProcessingTable#text}. Headings use the styles {@code Heading1} to
 * {@code Heading3}, which the document defines, so that Word lists them in its navigation pane.
 * Text is set in Times New Roman, as official documents are.
 *
 * <pre>{@code
 * NarrativeRenderer narrative = NarrativeRenderer.of(Language.VI);
 * NarrativeDocument.builder(Language.VI)
 *         .heading(1, "Kết quả giải quyết thủ tục hành chính năm 2023")
 *         .text(narrative.results(report))
 *         .table(report)
 *         .write(out);
 * }</pre>
 */
public final class NarrativeDocument {
    /** The deepest heading level. */
    public static final int MAX_HEADING_LEVEL = 3;

    private static final String FONT = "Times New Roman";
    private static final int TEXT_POINTS = 13;
    private static final int TABLE_POINTS = 9;
    private static final int[] HEADING_POINTS = {16, 14, 13};

    private NarrativeDocument() {}

    /**
     * Returns a builder of a document in a language: the language of its tables' headers and
     * numbers, and of its text for spelling.
     *
     * @param language the language
     * @return an empty builder
     */
    public static Builder builder(Language language) {
        return new Builder(Objects.requireNonNull(language, "language"));
    }

    /** What the document holds, in order. */
    private sealed interface Block {}

    private record Heading(int level, String text) implements Block {}

    private record Paragraph(String text) implements Block {}

    private record Table(ProcessingReport report) implements Block {}

    /** Collects headings, text and tables in order, then builds or writes the document. */
    public static final class Builder {
        private final Language language;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(Language language) {
            this.language = language;
        }

        /**
         * Adds a heading.
         *
         * @param level 1 for a title, 2 for a section, {@value #MAX_HEADING_LEVEL} for a subsection
         * @param text the heading
         * @return this builder
         * @throws IllegalArgumentException if the level is not 1 to {@value #MAX_HEADING_LEVEL}
         */
        public Builder heading(int level, String text) {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > MAX_HEADING_LEVEL) {
                throw new IllegalArgumentException("a heading's level is 1 to " + MAX_HEADING_LEVEL + ": " + level);
            }
            blocks.add(new Heading(level, text));
            return this;
        }

        /**
         * Adds text, such as a section of {@link NarrativeRenderer}: a paragraph per line, blank
         * lines left out.
         *
         * @param text the text
         * @return this builder
         */
        public Builder text(String text) {
            Objects.requireNonNull(text, "text")
                    .lines()
                    .filter(line -> !line.isBlank())
                    .forEach(line -> blocks.add(new Paragraph(line)));
            return this;
        }

        /**
         * Adds Biểu 06 as a table: the header, a row per row of the report and the total row, as
         * {@link ProcessingTable#text} writes them in the builder's language.
         *
         * @param report the report
         * @return this builder
         */
        public Builder table(ProcessingReport report) {
            blocks.add(new Table(Objects.requireNonNull(report, "report")));
            return this;
        }

        /**
         * Builds the document.
         *
         * @return a new document holding what was added; the caller closes it
         */
        public XWPFDocument build() {
            XWPFDocument document = new XWPFDocument();
            try {
                OfficeFiles.undated(document.getProperties());
                headingStyles(document);
                for (Block block : blocks) {
                    if (block instanceof Heading heading) {
                        XWPFParagraph paragraph = document.createParagraph();
                        paragraph.setStyle(styleId(heading.level()));
                        run(paragraph, heading.text(), true, HEADING_POINTS[heading.level() - 1]);
                    } else if (block instanceof Paragraph text) {
                        XWPFParagraph paragraph = document.createParagraph();
                        paragraph.setAlignment(ParagraphAlignment.BOTH);
                        run(paragraph, text.text(), false, TEXT_POINTS);
                    } else if (block instanceof Table table) {
                        table(document, table.report());
                    }
                }
            } catch (RuntimeException e) {
                OfficeFiles.closeAfterFailure(document, e);
                throw e;
            }
            return document;
        }

        /**
         * Writes the document as a docx file.
         *
         * @param out where the file goes; it is not closed
         * @throws IOException if writing fails
         */
        public void write(OutputStream out) throws IOException {
            Objects.requireNonNull(out, "out");
            try (XWPFDocument document = build()) {
                document.write(OfficeFiles.unclosed(out));
            }
        }

        private void table(XWPFDocument document, ProcessingReport report) {
            List<String[]> lines = ProcessingTable.cells(report, language);
            XWPFTable table = document.createTable(lines.size(), lines.get(0).length);
            table.setWidth("100%");
            for (int row = 0; row < lines.size(); row++) {
                String[] line = lines.get(row);
                boolean bold = row == 0 || row == lines.size() - 1;
                for (int column = 0; column < line.length; column++) {
                    XWPFTableCell cell = table.getRow(row).getCell(column);
                    XWPFParagraph paragraph = cell.getParagraphs().get(0);
                    paragraph.setAlignment(
                            row == 0
                                    ? ParagraphAlignment.CENTER
                                    : column == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
                    run(paragraph, line[column], bold, TABLE_POINTS);
                }
            }
            document.createParagraph();
        }

        private void run(XWPFParagraph paragraph, String text, boolean bold, int points) {
            XWPFRun run = paragraph.createRun();
            run.setText(text);
            if (bold) {
                run.setBold(true);
            }
            run.setFontFamily(FONT);
            run.setFontSize(points);
            run.setLang(language.locale().toLanguageTag());
        }
    }

    private static String styleId(int level) {
        return "Heading" + level;
    }

    /** Defines the heading styles, each at its outline level, so that Word treats them as headings. */
    private static void headingStyles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        for (int level = 1; level <= MAX_HEADING_LEVEL; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(styleId(level));
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            style.getPPr().addNewKeepNext();
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }
}
