package io.github.motcua.report;

import io.github.motcua.Language;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.FindingKind;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.rate.RateDefinition;
import io.github.motcua.rate.Rounding;
import io.github.motcua.tally.Counted;
import io.github.motcua.tally.ReportColumn;
import io.github.motcua.tally.Tally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The processing report (Biểu 06/VPCP/KSTT): a header, rows by field, unit, level or channel, a
 * total row, the rate definition and rounding of its percentages, the excusals applied with their
 * reasons, and the findings counted by kind. Built from tallies; every row's identities and the
 * total's agreement with the rows are checked on construction.
 *
 * <pre>{@code
 * ProcessingReport report = ProcessingReport.builder("TC", "UBND huyện Thuận Châu", ReportingPeriod.year(2023))
 *         .grouping(Grouping.LEVEL)
 *         .row("DISTRICT", "Cấp huyện", district)
 *         .row("COMMUNE", "Cấp xã", communes)
 *         .build();
 * }</pre>
 *
 * @param unitCode the code of the reporting unit
 * @param unitName the name of the reporting unit
 * @param formId the form, {@value #FORM_ID}
 * @param legalBasis the document that prescribes the form
 * @param period the period, such as {@code 2023} or {@code 2023-Q1}
 * @param windowStart the first day of the period's data window
 * @param windowEnd the last day of the period's data window
 * @param grouping what the rows are
 * @param rows the rows, in the order given
 * @param total the total row, the rows added up
 * @param rateDefinition the definition of the on-time rates
 * @param rounding the rounding of the rates, such as {@code HALF_UP to 2 decimals}
 * @param excusals the excusals applied in the adjusted figures
 * @param findings the findings on the records, counted by kind
 * @param provisionalYears the years of the window whose working calendar is provisional, computed
 *     from the Labour Code because no notice is published; said once per report, not per dossier
 */
public record ProcessingReport(
        String unitCode,
        String unitName,
        String formId,
        String legalBasis,
        String period,
        LocalDate windowStart,
        LocalDate windowEnd,
        Grouping grouping,
        List<ProcessingRow> rows,
        ProcessingRow total,
        RateDefinition rateDefinition,
        String rounding,
        List<AppliedExcusal> excusals,
        Map<FindingKind, Long> findings,
        List<Integer> provisionalYears) {
    /** The form's identifier. */
    public static final String FORM_ID = "Biểu 06/VPCP/KSTT";

    /** The documents that prescribe the form. */
    public static final String LEGAL_BASIS = "Thông tư 01/2020/TT-VPCP (Biểu 06, sửa đổi Thông tư 02/2017/TT-VPCP)";

    /** The key of the total row. */
    public static final String TOTAL = "TOTAL";

    /**
     * Checks that the total row is the rows added up.
     *
     * @param unitCode the code of the reporting unit
     * @param unitName the name of the reporting unit
     * @param formId the form, {@value #FORM_ID}
     * @param legalBasis the document that prescribes the form
     * @param period the period, such as {@code 2023} or {@code 2023-Q1}
     * @param windowStart the first day of the period's data window
     * @param windowEnd the last day of the period's data window
     * @param grouping what the rows are
     * @param rows the rows, in the order given
     * @param total the total row, the rows added up
     * @param rateDefinition the definition of the on-time rates
     * @param rounding the rounding of the rates, such as {@code HALF_UP to 2 decimals}
     * @param excusals the excusals applied in the adjusted figures
     * @param findings the findings on the records, counted by kind
     * @param provisionalYears the years of the window whose working calendar is provisional
     * @throws ReportIdentityException if a column of the total is not the sum of the rows, the window
     *     is reversed, a row key repeats or is the total's, the excusals' dossiers are not each
     *     row's excused late dossiers, or a finding count is negative
     */
    public ProcessingReport {
        rows = List.copyOf(rows);
        excusals = List.copyOf(excusals);
        provisionalYears = List.copyOf(provisionalYears);
        findings = Collections.unmodifiableMap(
                findings.isEmpty() ? new EnumMap<>(FindingKind.class) : new EnumMap<>(findings));
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(rateDefinition, "rateDefinition");
        if (windowEnd.isBefore(windowStart)) {
            throw new ReportIdentityException(
                    "the window ends on " + windowEnd + ", before it starts on " + windowStart);
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (ProcessingRow row : rows) {
            if (row.key().equals(TOTAL) || !keys.add(row.key())) {
                throw new ReportIdentityException("row key '" + row.key() + "' is the total's or appears twice");
            }
        }
        for (ReportColumn column : ReportColumn.values()) {
            ReportIdentityException.require(
                    total.label(),
                    "total " + column.key() + " = the rows' sum",
                    column.count(total),
                    rows.stream().mapToLong(column::count).sum());
        }
        if (!excusals.isEmpty()) {
            for (ProcessingRow row : rows) {
                long excused = excusals.stream()
                        .mapToLong(excusal -> excusal.dossiers(row.key()))
                        .sum();
                ReportIdentityException.require(
                        row.label(), "late excused = the excusals' dossiers", row.lateExcused(), excused);
            }
        }
        for (AppliedExcusal excusal : excusals) {
            for (String key : excusal.dossiersByRow().keySet()) {
                if (!keys.contains(key)) {
                    throw new ReportIdentityException("excusal '" + excusal.reason() + "' counts dossiers in row '"
                            + key + "', which the report does not have");
                }
            }
        }
        findings.forEach((kind, count) -> {
            if (count < 0) {
                throw new ReportIdentityException("findings of kind " + kind + " must not be negative: " + count);
            }
        });
    }

    /**
     * Returns a builder.
     *
     * @param unitCode the code of the reporting unit
     * @param unitName the name of the reporting unit
     * @param period the period
     * @return a builder with rows by field, {@link RateDefinition#ON_TIME_OVER_RESOLVED} and half-up
     *     rounding to 2 decimals
     */
    public static Builder builder(String unitCode, String unitName, ReportingPeriod period) {
        return new Builder(unitCode, unitName, period);
    }

    /**
     * Returns a row by key.
     *
     * @param key the row's key
     * @return the row
     * @throws IllegalArgumentException if there is no such row
     */
    public ProcessingRow row(String key) {
        if (key.equals(TOTAL)) {
            return total;
        }
        return rows.stream()
                .filter(row -> row.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the report has no row '" + key + "'"));
    }

    /** Builds processing reports from tallies. */
    public static final class Builder {
        private final String unitCode;
        private final String unitName;
        private final ReportingPeriod period;
        private Grouping grouping = Grouping.FIELD;
        private final List<String[]> labels = new ArrayList<>();
        private final List<Tally> tallies = new ArrayList<>();
        private RateDefinition rate = RateDefinition.ON_TIME_OVER_RESOLVED;
        private Rounding rounding = Rounding.DEFAULT;
        private String totalLabel = Labels.of(Language.VI).total();
        private final List<AppliedExcusal> excusals = new ArrayList<>();
        private final Map<FindingKind, Long> findings = new EnumMap<>(FindingKind.class);
        private final List<ReportRows<?>> accumulators = new ArrayList<>();
        private List<Integer> provisionalYears = List.of();

        private Builder(String unitCode, String unitName, ReportingPeriod period) {
            this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
            this.unitName = Objects.requireNonNull(unitName, "unitName");
            this.period = Objects.requireNonNull(period, "period");
        }

        /**
         * Sets what the rows are.
         *
         * @param grouping the grouping
         * @return this builder
         */
        public Builder grouping(Grouping grouping) {
            this.grouping = Objects.requireNonNull(grouping, "grouping");
            return this;
        }

        /**
         * Adds a row.
         *
         * @param key the row's key
         * @param label the row's label
         * @param tally the row's counts
         * @return this builder
         */
        public Builder row(String key, String label, Tally tally) {
            labels.add(new String[] {key, label});
            tallies.add(Objects.requireNonNull(tally, "tally"));
            return this;
        }

        /**
         * Sets the rate definition.
         *
         * @param rate the definition
         * @return this builder
         */
        public Builder rate(RateDefinition rate) {
            this.rate = Objects.requireNonNull(rate, "rate");
            return this;
        }

        /**
         * Sets the rounding of the rates.
         *
         * @param rounding the rounding
         * @return this builder
         */
        public Builder rounding(Rounding rounding) {
            this.rounding = Objects.requireNonNull(rounding, "rounding");
            return this;
        }

        /**
         * Sets the total row's label; the Vietnamese {@link Labels#total()}, {@code Tổng cộng}, unless
         * set.
         *
         * @param label the label
         * @return this builder
         */
        public Builder totalLabel(String label) {
            this.totalLabel = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * Adds rows from counted dossiers in one pass: a tally per key, in the keys' order (a row's
         * key is the key's text), the findings on their verdicts, and the excusals that applied,
         * matched to the intervals by their reason.
         *
         * @param counted the dossiers counted in the period
         * @param key the row a dossier belongs to
         * @param label the label of a row's key
         * @param intervals the excusal intervals that may have applied
         * @param <K> the type of the rows' keys, such as a level or a unit code
         * @return this builder
         */
        public <K extends Comparable<K>> Builder rows(
                Stream<Counted> counted,
                Function<Counted, K> key,
                Function<K, String> label,
                List<ExcusalInterval> intervals) {
            counted.forEachOrdered(rowsFrom(key, label, intervals));
            return this;
        }

        /**
         * Returns a consumer that adds counted dossiers to rows as they come, for a caller that
         * streams records (such as {@code DossierReader}); the rows are added when the report is
         * built, as {@link #rows(Stream, Function, Function, List)} adds them.
         *
         * @param key the row a dossier belongs to
         * @param label the label of a row's key
         * @param intervals the excusal intervals that may have applied
         * @param <K> the type of the rows' keys
         * @return the consumer, not thread-safe
         */
        public <K extends Comparable<K>> Consumer<Counted> rowsFrom(
                Function<Counted, K> key, Function<K, String> label, List<ExcusalInterval> intervals) {
            ReportRows<K> rows = ReportRows.of(key, label, intervals);
            accumulators.add(rows);
            return rows;
        }

        /**
         * Adds rows counted elsewhere, such as in parallel by {@link ReportRows#collector}: their
         * tallies, findings and excusals. The rows are read when the report is built.
         *
         * @param rows the rows
         * @return this builder
         */
        public Builder rows(ReportRows<?> rows) {
            accumulators.add(Objects.requireNonNull(rows, "rows"));
            return this;
        }

        /**
         * Adds an excusal that applied.
         *
         * @param excusal the excusal
         * @return this builder
         */
        public Builder excusal(AppliedExcusal excusal) {
            excusals.add(Objects.requireNonNull(excusal, "excusal"));
            return this;
        }

        /**
         * Sets the working calendar the verdicts were counted with, so that the report names the
         * years of its window that the calendar computed from the Labour Code
         * ({@link WorkingCalendar#computedYears()}): their days off are provisional.
         *
         * @param calendar the calendar
         * @return this builder
         */
        public Builder calendar(WorkingCalendar calendar) {
            this.provisionalYears =
                    calendar
                            .computedYears()
                            .subSet(period.start().getYear(), period.end().getYear() + 1)
                            .stream()
                            .toList();
            return this;
        }

        /**
         * Adds findings of one kind.
         *
         * @param kind the kind
         * @param count how many
         * @return this builder
         */
        public Builder findings(FindingKind kind, long count) {
            findings.merge(kind, count, Long::sum);
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report
         * @throws ReportIdentityException if a row breaks an identity
         */
        public ProcessingReport build() {
            List<ReportRows<?>> pending = List.copyOf(accumulators);
            accumulators.clear();
            pending.forEach(rows -> rows.addTo(this));
            List<ProcessingRow> rows = new ArrayList<>();
            Tally total = Tally.empty();
            for (int i = 0; i < tallies.size(); i++) {
                rows.add(ProcessingRow.of(labels.get(i)[0], labels.get(i)[1], tallies.get(i), rate, rounding));
                total = total.merge(tallies.get(i));
            }
            return new ProcessingReport(
                    unitCode,
                    unitName,
                    FORM_ID,
                    LEGAL_BASIS,
                    period.toString(),
                    period.start(),
                    period.end(),
                    grouping,
                    rows,
                    ProcessingRow.of(TOTAL, totalLabel, total, rate, rounding),
                    rate,
                    rounding.toString(),
                    excusals,
                    findings,
                    provisionalYears);
        }
    }
}
