/**
 * motcua reporting model: report values, JSON and CSV input and output, narrative text.
 *
 * <p>This is the first module that reads and writes files; the model and the rules below it take
 * their data as values.
 */
module io.github.motcua.reporting {
    requires transitive io.github.motcua.scoring;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.dataformat.csv;
    requires static org.jspecify;

    exports io.github.motcua.check;
    exports io.github.motcua.format;
    exports io.github.motcua.report;
    exports io.github.motcua.json;

    opens io.github.motcua.report to
            com.fasterxml.jackson.databind;
    opens io.github.motcua.format to
            com.fasterxml.jackson.databind;
    opens io.github.motcua.check to
            com.fasterxml.jackson.databind;
}
