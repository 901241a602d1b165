package io.github.motcua.check;

import io.github.motcua.scoring.qd766.IndexTable;
import io.github.motcua.scoring.qd766.PublishedIndex;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads published breakdowns of the QĐ 766/QĐ-TTg index from CSV, to check with
 * {@code Qd766Index.check}: UTF-8, a header row, comma separators; columns {@code id}, one
 * {@code group_N} per group of the index table ({@code group_1} … {@code group_5} for the bundled
 * table) with the group's published points, and {@code stated_total}, in any order. Points are
 * written with a decimal point or comma ({@code 15.67}, {@code 15,67}). Every column is required
 * on every row; the file is read as {@link PublishedFiguresCsv} reads its own, with the same
 * rejections.
 */
public final class PublishedIndexCsv {
    private static final String GROUP = "group_";
    private static final String STATED_TOTAL = "stated_total";
    private static final String POINTS = "points such as 15.67 or 15,67";

    private PublishedIndexCsv() {}

    /**
     * Reads every row.
     *
     * @param reader the CSV text
     * @param table the index table, whose groups name the columns
     * @return the published breakdown of each row, in order
     * @throws MalformedRowException at the first row that cannot be read, naming its line
     * @throws IOException if the text cannot be read
     */
    public static List<PublishedIndex> read(Reader reader, IndexTable table) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(table, "table");
        List<String> known = new ArrayList<>(List.of(CsvTable.ID));
        table.groups().keySet().forEach(group -> known.add(GROUP + group));
        known.add(STATED_TOTAL);
        return CsvTable.read(reader, known, row -> row(row, table));
    }

    private static PublishedIndex row(CsvTable.Row row, IndexTable table) {
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        for (String group : table.groups().keySet()) {
            groups.put(group, points(row, GROUP + group));
        }
        return new PublishedIndex(row.id(), groups, points(row, STATED_TOTAL));
    }

    private static BigDecimal points(CsvTable.Row row, String column) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            throw new MalformedRowException(
                    row.line(), column, text, POINTS + "; every group and the total are needed");
        }
        return row.decimal(column, text, POINTS);
    }
}
