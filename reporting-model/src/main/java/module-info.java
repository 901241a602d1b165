/**
 * motcua reporting model: report values (Biểu 06, Biểu 05, evaluation results), their renderers
 * (text, CSV, JSON, narrative in Vietnamese and English) and the consistency checker for published
 * figures.
 *
 * <p>It requires {@code io.github.motcua.io} for the CSV rules: the CSV renderer guards every cell
 * against spreadsheet formulas with the same {@code SpreadsheetCells} that io's writers use, and
 * writes the same {@code CsvDialect}s. It requires Apache POI's {@code org.apache.poi.ooxml}, which
 * its API hands out, for the Excel workbooks and the Word document.
 */
module io.github.motcua.reporting {
    requires transitive io.github.motcua.scoring;
    requires transitive com.fasterxml.jackson.databind;
    requires io.github.motcua.io;
    requires com.fasterxml.jackson.dataformat.csv;
    requires transitive org.apache.poi.ooxml;
    requires static org.jspecify;

    exports io.github.motcua.check;
    exports io.github.motcua.report;

    opens io.github.motcua.report to
            com.fasterxml.jackson.databind;
    opens io.github.motcua.check to
            com.fasterxml.jackson.databind;
}
