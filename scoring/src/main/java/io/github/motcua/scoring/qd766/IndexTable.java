package io.github.motcua.scoring.qd766;

import io.github.motcua.scoring.SchemeStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The table an index is scored from: groups, indicators, maxima, formulas by name, targets, sources
 * and statuses, one indicator per line (tab-separated, UTF-8; lines starting with {@code #} are
 * comments; a header line names the columns). The bundled table is {@link #bundled()}; a user
 * corrects it (a target, a new indicator) with {@link #parse(Reader, String)}, which refuses a table
 * whose maxima do not add up, whose formula is unknown or whose indicator has no source.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndexTable {
    /** The total the groups' maxima add up to. */
    public static final BigDecimal TOTAL = BigDecimal.valueOf(100);

    private static final String BUNDLED = "index-2025.tsv";
    private static final int COLUMNS = 12;
    private static final String HEADER = "group\tgroup_title\tgroup_max\tid\ttitle_vi\ttitle_en\tmax\tformula\tmeasure"
            + "\ttarget_percent\tsource\tstatus";

    private final String source;
    private final List<IndexIndicator> indicators;

    private IndexTable(String source, List<IndexIndicator> indicators) {
        this.source = source;
        this.indicators = List.copyOf(indicators);
    }

    /**
     * Returns the bundled table: the 2025 layout, its per-indicator split provisional.
     *
     * @return the table
     */
    public static IndexTable bundled() {
        try (InputStream in = Objects.requireNonNull(
                IndexTable.class.getResourceAsStream(BUNDLED), "the bundled index table is missing")) {
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and checks a table.
     *
     * @param reader the table's text
     * @param source the table's name, for messages
     * @return the table
     * @throws InvalidIndexTableException if a line cannot be read, an indicator id repeats, a formula
     *     is unknown, a capped-linear indicator names no measure, a target is outside (0, 100], an
     *     indicator has no source, a group's indicators do not add up to its maximum, or the groups
     *     do not add up to 100
     * @throws IOException if the text cannot be read
     */
    public static IndexTable parse(Reader reader, String source) throws IOException {
        List<String> problems = new ArrayList<>();
        List<IndexIndicator> indicators = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        boolean header = false;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                header = true;
                if (!line.strip().equals(HEADER)) {
                    problems.add("line " + number + ": the header must be the column names, tab-separated: "
                            + HEADER.replace('\t', ' '));
                }
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = "line " + number + (cells.length > 3 ? ", indicator " + cells[3] : "");
            if (cells.length != COLUMNS) {
                problems.add(where + ": " + cells.length + " columns where " + COLUMNS + " are expected");
                continue;
            }
            IndexIndicator indicator = indicator(cells, where, problems);
            if (indicator == null) {
                continue;
            }
            if (!ids.add(indicator.id())) {
                problems.add(where + ": the id appears twice");
            }
            indicators.add(indicator);
        }
        if (!header) {
            problems.add("the table is empty; a header line and one line per indicator are expected");
        }
        if (problems.isEmpty()) {
            checkSums(indicators, problems); // sums over lines that could not be read would mislead
        }
        if (!problems.isEmpty()) {
            throw new InvalidIndexTableException(source, problems);
        }
        return new IndexTable(source, indicators);
    }

    private static @org.jspecify.annotations.Nullable IndexIndicator indicator(
            String[] cells, String where, List<String> problems) {
        int before = problems.size();
        BigDecimal groupMax = number(cells[2], where, "group maximum", problems);
        BigDecimal max = number(cells[6], where, "maximum", problems);
        BigDecimal target = number(cells[9], where, "target", problems);
        IndexFormula formula = null;
        try {
            formula = IndexFormula.valueOf(cells[7].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(
                    where + ": unknown formula '" + cells[7] + "'; the formulas are " + List.of(IndexFormula.values()));
        }
        SchemeStatus status = null;
        try {
            status = SchemeStatus.valueOf(cells[11].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + ": status '" + cells[11] + "' must be VERIFIED or PROVISIONAL");
        }
        if (cells[3].isBlank()) {
            problems.add(where + ": the indicator has no id");
        }
        if (cells[10].isBlank()) {
            problems.add(where + ": the indicator has no source; every indicator needs its document");
        }
        if (formula == IndexFormula.CAPPED_LINEAR && cells[8].isBlank()) {
            problems.add(where + ": a CAPPED_LINEAR indicator needs the measure it reads");
        }
        if (target != null && (target.signum() <= 0 || target.compareTo(TOTAL) > 0)) {
            problems.add(where + ": target " + cells[9] + " must be above 0 and at most 100 (percent)");
        }
        if (max != null && max.signum() <= 0) {
            problems.add(where + ": maximum " + cells[6] + " must be positive");
        }
        if (problems.size() > before
                || groupMax == null
                || max == null
                || target == null
                || formula == null
                || status == null) {
            return null;
        }
        return new IndexIndicator(
                cells[0].strip(),
                cells[1].strip(),
                groupMax,
                cells[3].strip(),
                cells[4].strip(),
                cells[5].strip(),
                max,
                formula,
                cells[8].strip(),
                target,
                cells[10].strip(),
                status);
    }

    private static @org.jspecify.annotations.Nullable BigDecimal number(
            String text, String where, String what, List<String> problems) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(where + ": " + what + " '" + text + "' is not a number such as 18 or 2.5");
            return null;
        }
    }

    private static void checkSums(List<IndexIndicator> indicators, List<String> problems) {
        Map<String, BigDecimal> groupMax = new LinkedHashMap<>();
        Map<String, BigDecimal> groupSum = new LinkedHashMap<>();
        for (IndexIndicator indicator : indicators) {
            BigDecimal declared = groupMax.putIfAbsent(indicator.group(), indicator.groupMax());
            if (declared != null && declared.compareTo(indicator.groupMax()) != 0) {
                problems.add("indicator " + indicator.id() + ": group " + indicator.group() + " has maximum "
                        + indicator.groupMax() + " here and " + declared + " above");
            }
            groupSum.merge(indicator.group(), indicator.maxPoints(), BigDecimal::add);
        }
        groupSum.forEach((group, sum) -> {
            BigDecimal max = groupMax.getOrDefault(group, BigDecimal.ZERO);
            if (sum.compareTo(max) != 0) {
                problems.add("group " + group + ": its indicators' maxima add up to " + sum.toPlainString()
                        + ", not its maximum " + max.toPlainString());
            }
        });
        BigDecimal total = groupMax.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(TOTAL) != 0) {
            problems.add("the groups' maxima add up to " + total.toPlainString() + ", not " + TOTAL);
        }
    }

    /**
     * Returns the table's name.
     *
     * @return the source name, such as {@code index-2025.tsv}
     */
    public String source() {
        return source;
    }

    /**
     * Returns the indicators, in table order.
     *
     * @return the indicators
     */
    public List<IndexIndicator> indicators() {
        return indicators;
    }

    /**
     * Returns the groups and their maxima, in table order.
     *
     * @return the maxima by group
     */
    public Map<String, BigDecimal> groups() {
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        indicators.forEach(indicator -> groups.putIfAbsent(indicator.group(), indicator.groupMax()));
        return java.util.Collections.unmodifiableMap(groups);
    }

    /**
     * Tells whether every line is verified.
     *
     * @return the table's status
     */
    public SchemeStatus status() {
        return indicators.stream().allMatch(indicator -> indicator.status() == SchemeStatus.VERIFIED)
                ? SchemeStatus.VERIFIED
                : SchemeStatus.PROVISIONAL;
    }
}
