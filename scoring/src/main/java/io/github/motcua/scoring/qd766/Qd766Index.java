package io.github.motcua.scoring.qd766;

import io.github.motcua.rate.Rounding;
import io.github.motcua.scoring.Bands;
import io.github.motcua.scoring.Criterion;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.scoring.tt01.Tt01Schemes;
import io.github.motcua.timeliness.ClassificationPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The real-time service index of QĐ 766/QĐ-TTg (23/6/2022), 100 points in five groups: publicity
 * and transparency 18; progress and results 20; online services 22 (online public services 12 and
 * online payment 10 in the 2025 layout); digitisation 22; satisfaction 18.
 *
 * <pre>{@code
 * ScoringScheme index = Qd766Index.scheme();                        // the bundled table
 * ScoringScheme ours = Qd766Index.scheme(IndexTable.parse(reader, "ours.tsv"), "qd766-ours", "1");
 * }</pre>
 *
 * <p>The per-indicator table and the bands are not published in full: the bundled table's split and
 * targets, and the bands (from 90 excellent, 80 good, 70 fair, 50 average, else weak), are
 * PROVISIONAL, and the scheme's status says so. Points are rounded half-up to 2 decimals per
 * indicator before the sum. Indicators without data are left out and the total is scaled to 100
 * ({@code RESCALE}, a provisional choice), so that the bands, which are absolute, apply to partial
 * data; the scorecard says which indicators had data.
 */
public final class Qd766Index {
    /** The id of {@link #scheme()}. */
    public static final String ID = "qd766-2025";

    /** The legal source. */
    public static final String LEGAL_SOURCE = "Quyết định 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ";

    /** The day the decision took effect. */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2022, 6, 23);

    /**
     * The provisional bands, TT 01's five classes on the index's scale: reported, from 90 excellent
     * and under 50 weak; 80, 70 and 50 presumed.
     */
    public static final Bands BANDS = Bands.builder()
            .atLeast("90", Tt01Schemes.EXCELLENT)
            .atLeast("80", Tt01Schemes.GOOD)
            .atLeast("70", Tt01Schemes.FAIR)
            .atLeast("50", Tt01Schemes.AVERAGE)
            .otherwise(Tt01Schemes.WEAK);

    private static final Rounding TWO_DECIMALS = Rounding.of(Rounding.Mode.HALF_UP, 2);

    private Qd766Index() {}

    /**
     * Returns the index scheme of the bundled table.
     *
     * @return the scheme {@value #ID}, status PROVISIONAL
     */
    public static ScoringScheme scheme() {
        return scheme(IndexTable.bundled(), ID, "2025");
    }

    /**
     * Returns the index scheme of a table, such as a user's corrected one.
     *
     * @param table the checked table
     * @param id the scheme's id
     * @param version the scheme's version
     * @return the scheme
     */
    public static ScoringScheme scheme(IndexTable table, String id, String version) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        List<Criterion> criteria = new ArrayList<>();
        table.indicators().forEach(indicator -> criteria.add(new IndexCriterion(indicator)));
        return ScoringScheme.builder()
                .id(id)
                .version(version)
                .effectiveFrom(EFFECTIVE_FROM)
                .legalSource(LEGAL_SOURCE + " (table " + table.source() + ")")
                .status(io.github.motcua.scoring.SchemeStatus.PROVISIONAL)
                .criteria(criteria)
                .rounding(TWO_DECIMALS)
                .missingData(io.github.motcua.scoring.MissingDataPolicy.RESCALE)
                .bands(BANDS)
                .classification(ClassificationPolicy.nationalIndex())
                .build();
    }

    /**
     * Adds up the groups' points: the index's aggregation.
     *
     * @param groups the points of each group
     * @return the total
     */
    public static BigDecimal total(Map<String, BigDecimal> groups) {
        return groups.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Checks published index figures against a table: the total must be the groups' sum, and each
     * group must be in the table and within its maximum.
     *
     * @param published the published figures
     * @param table the table whose groups apply
     * @return the check, with the difference of the totals
     */
    public static IndexCheck check(PublishedIndex published, IndexTable table) {
        BigDecimal computed = total(published.groups());
        List<String> problems = new ArrayList<>();
        Map<String, BigDecimal> maxima = table.groups();
        maxima.keySet().stream()
                .filter(group -> !published.groups().containsKey(group))
                .forEach(group -> problems.add("group " + group + " is missing from the publication"));
        published.groups().forEach((group, points) -> {
            BigDecimal max = maxima.get(group);
            if (max == null) {
                problems.add("group " + group + " is not in the table");
            } else if (points.compareTo(max) > 0 || points.signum() < 0) {
                problems.add(
                        "group " + group + ": " + points.toPlainString() + " is outside 0 to " + max.toPlainString());
            }
        });
        return new IndexCheck(
                published.id(),
                computed,
                published.statedTotal(),
                published.statedTotal().subtract(computed),
                problems);
    }
}
