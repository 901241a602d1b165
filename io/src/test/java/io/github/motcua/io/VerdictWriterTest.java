package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.timeliness.Decision;
import io.github.motcua.timeliness.Timeliness;
import io.github.motcua.timeliness.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verdicts as CSV in both dialects, read back byte by byte. */
class VerdictWriterTest {
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** A late dossier excused for a reason that holds a semicolon and begins like a formula. */
    private static final Verdict EXCUSED = Verdict.builder()
            .dossierId("HS-1")
            .reportDate(LocalDate.of(2023, 12, 14))
            .timeliness(Timeliness.LATE)
            .decision(Decision.ENDED_AFTER_DUE_DATE)
            .end(Instant.parse("2023-03-16T02:00:00Z"))
            .dueDate(LocalDate.of(2023, 3, 15))
            .latenessWorkingDays(1)
            .excusalReason("@điện;nước")
            .build();

    private interface Opener {
        VerdictWriter open(OutputStreamWriter out) throws IOException;
    }

    private static byte[] written(Opener opener) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (VerdictWriter writer = opener.open(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            writer.write(EXCUSED);
        }
        return bytes.toByteArray();
    }

    private static List<String> lines(byte[] bytes, int from) {
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8)
                .lines()
                .toList();
    }

    @Test
    void theExcelDialectBeginsWithTheByteOrderMarkAndSeparatesWithSemicolons() throws IOException {
        byte[] bytes = written(out -> VerdictWriter.open(out, CsvDialect.EXCEL));

        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(BYTE_ORDER_MARK);
        List<String> lines = lines(bytes, 3);
        assertThat(lines.get(0)).isEqualTo(String.join(";", VerdictWriter.COLUMNS));
        assertThat(lines.get(1))
                .startsWith("HS-1;2023-12-14;LATE;ON_TIME;2023-03-15;2023-03-16T09:00:00+07:00;1;\"'@điện;nước\";");
    }

    @Test
    void thePlainDialectHasNoByteOrderMarkAndIsTheDefault() throws IOException {
        byte[] bytes = written(out -> VerdictWriter.open(out, CsvDialect.PLAIN));

        assertThat(bytes).isEqualTo(written(VerdictWriter::open));
        assertThat(bytes[0]).isEqualTo((byte) 'd');
        List<String> lines = lines(bytes, 0);
        assertThat(lines.get(0)).isEqualTo(String.join(",", VerdictWriter.COLUMNS));
        assertThat(lines.get(1))
                .startsWith("HS-1,2023-12-14,LATE,ON_TIME,2023-03-15,")
                .contains("'@điện;nước");
    }

    @Test
    void aCellThatWouldRunAsAFormulaIsNeutralisedInEitherDialect() throws IOException {
        for (CsvDialect dialect : CsvDialect.values()) {
            String text = new String(written(out -> VerdictWriter.open(out, dialect)), StandardCharsets.UTF_8);

            assertThat(text).as(dialect.name()).contains("'@điện;nước");
        }
    }

    @Test
    void aDecimalTakesTheDialectsMarkAndNeverAnExponent() {
        assertThat(CsvDialect.PLAIN.decimal(new BigDecimal("99.75"))).isEqualTo("99.75");
        assertThat(CsvDialect.EXCEL.decimal(new BigDecimal("99.75"))).isEqualTo("99,75");
        assertThat(CsvDialect.EXCEL.decimal(new BigDecimal("-0.50"))).isEqualTo("-0,50");
        assertThat(CsvDialect.EXCEL.decimal(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void aCellIsQuotedInExcelOnlyForASemicolonAQuoteOrALineBreak() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (var rows = CsvDialect.EXCEL.rowWriter(List.of("a", "b", "c", "d", "e"), out)) {
            rows.write(new String[] {"3673", "99,75", "a;b", "say \"hi\"", "two\nlines"});
        }

        assertThat(lines(bytes.toByteArray(), 3))
                .containsExactly("a;b;c;d;e", "3673;99,75;\"a;b\";\"say \"\"hi\"\"\";\"two", "lines\"");
    }
}
