package io.github.motcua.cli.job;

import io.github.motcua.Language;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.io.DossierReader;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.rate.RateDefinition;
import io.github.motcua.rate.Rounding;
import io.github.motcua.report.Grouping;
import io.github.motcua.report.Labels;
import io.github.motcua.report.ProcessingReport;
import io.github.motcua.report.RowGrouping;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.AmbiguousSuccessorException;
import io.github.motcua.unit.Succession;
import io.github.motcua.unit.UnitDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Biểu 06 report asked for ({@code motcua report}, {@code POST /v1/reports/bieu06}): the master
 * data, the period and report date, the rows, the rule choices, the rate and its rounding; and the
 * reader, the counting and the report builder they make.
 *
 * <p>This class is immutable and thread-safe; each read takes its own {@link #counting()} and
 * {@link #report()}.
 */
public final class ReportRequest {
    private final MasterData data;
    private final ReportingPeriod period;
    private final LocalDate reportDate;
    private final Grouping groupBy;
    private final Succession succession;
    private final RuleChoices rules;
    private final TimelinessClassifier classifier;
    private final RateDefinition rate;
    private final Rounding rounding;
    private final Language language;

    private ReportRequest(Builder builder) {
        this.data = builder.data;
        this.period = builder.period;
        this.reportDate = Periods.reportDate(period, builder.asOf, builder.asOfOption);
        this.groupBy = builder.groupBy;
        this.succession = builder.succession;
        this.rules = builder.rules;
        this.rate = builder.rate;
        this.rounding = builder.rounding;
        this.language = builder.language;
        succession.requireChoicesIn(data.units());
        this.classifier = rules.classifier(data.catalogue(), data.excusals());
    }

    /**
     * Returns a builder with the defaults of {@code motcua report}: rows by unit, the report date
     * the window's last day, the library's rules, each dossier of a ceased unit under its
     * successor, {@link RateDefinition#ON_TIME_OVER_RESOLVED} half-up to 2 decimals, Vietnamese.
     *
     * @param data the master data
     * @param period the reporting period
     * @return the builder
     */
    public static Builder builder(MasterData data, ReportingPeriod period) {
        return new Builder(data, period);
    }

    /**
     * Returns the rounding mode a name spells: {@code half-up}, {@code half-even}, {@code truncate}
     * or {@code ceiling}, in any letter case.
     *
     * @param name the name
     * @param option how the request named it, such as {@code --rounding}, for the message
     * @return the mode
     * @throws IllegalArgumentException if the name spells none
     */
    public static Rounding.Mode roundingMode(String name, String option) {
        try {
            return Rounding.Mode.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " must be half-up, half-even, truncate or ceiling: " + name, e);
        }
    }

    /**
     * Returns the reporting period.
     *
     * @return the period
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns the classifier of the rule choices and master data.
     *
     * @return the classifier
     */
    public TimelinessClassifier classifier() {
        return classifier;
    }

    /**
     * Returns the excusal intervals of the master data, which the report lists when they apply.
     *
     * @return the intervals
     */
    public List<ExcusalInterval> intervals() {
        return data.excusals();
    }

    /**
     * Returns a new counting of dossiers in the period at the report date; one per read.
     *
     * @return the counting
     */
    public Counting counting() {
        return new Counting(period, classifier, reportDate);
    }

    /**
     * Returns a new builder of the report, its rows to be added; one per read.
     *
     * @return the report's builder
     */
    public ProcessingReport.Builder report() {
        return ProcessingReport.builder("", "", period)
                .grouping(groupBy)
                .totalLabel(Labels.of(language).total())
                .rate(rate)
                .rounding(rounding)
                .calendar(rules.calendar());
    }

    /**
     * Returns the rows of the report: each dossier's row and each row's label.
     *
     * @return the rows
     */
    public RowGrouping<?> rows() {
        return groupBy.rows(rules.attribution(), data.units(), succession, data.catalogue(), language);
    }

    /**
     * Adds the master lists to a reader: the procedures, and the units when there are any, with, by
     * unit and by level, a rule that rejects a dossier of the period's figures that passes from a
     * ceased unit to one of several successors with no choice made.
     *
     * @param reader the reader's builder, in its format
     * @return the same builder
     */
    public DossierReader.Builder reader(DossierReader.Builder reader) {
        reader.procedures(data.procedureCodes());
        UnitDirectory directory = data.units();
        if (directory.size() > 0) {
            reader.units(directory);
            if (groupBy == Grouping.UNIT || groupBy == Grouping.LEVEL) {
                reader.rule(this::placeable);
            }
        }
        return reader;
    }

    private void placeable(Dossier dossier) {
        if (Counted.inclusion(dossier, period, classifier.endInstantPolicy(), reportDate)
                .isEmpty()) {
            return;
        }
        try {
            succession.holder(data.units(), rules.attribution().unitOf(dossier), dossier, reportDate);
        } catch (AmbiguousSuccessorException ambiguous) {
            throw new IllegalArgumentException(ambiguous.getMessage() + " (--successor UNIT=SUCCESSOR)", ambiguous);
        }
    }

    /** Builds report requests. */
    public static final class Builder {
        private final MasterData data;
        private final ReportingPeriod period;
        private @Nullable LocalDate asOf;
        private String asOfOption = "--as-of";
        private Grouping groupBy = Grouping.UNIT;
        private Succession succession = Succession.toSuccessor();
        private RuleChoices rules = RuleChoices.DEFAULTS;
        private RateDefinition rate = RateDefinition.ON_TIME_OVER_RESOLVED;
        private Rounding rounding = Rounding.DEFAULT;
        private Language language = Language.VI;

        private Builder(MasterData data, ReportingPeriod period) {
            this.data = Objects.requireNonNull(data, "data");
            this.period = Objects.requireNonNull(period, "period");
        }

        /**
         * Sets the report date.
         *
         * @param asOf the date, or null for the window's last day
         * @param option how the request named it, for the message when it is before the window
         * @return this builder
         */
        public Builder asOf(@Nullable LocalDate asOf, String option) {
            this.asOf = asOf;
            this.asOfOption = Objects.requireNonNull(option, "option");
            return this;
        }

        /**
         * Sets the rows.
         *
         * @param groupBy the grouping
         * @return this builder
         */
        public Builder groupBy(Grouping groupBy) {
            this.groupBy = Objects.requireNonNull(groupBy, "groupBy");
            return this;
        }

        /**
         * Sets where the dossiers of a ceased unit count.
         *
         * @param succession the succession
         * @return this builder
         */
        public Builder succession(Succession succession) {
            this.succession = Objects.requireNonNull(succession, "succession");
            return this;
        }

        /**
         * Sets the rule choices.
         *
         * @param rules the choices
         * @return this builder
         */
        public Builder rules(RuleChoices rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
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
         * Sets the rounding of rates.
         *
         * @param rounding the rounding
         * @return this builder
         */
        public Builder rounding(Rounding rounding) {
            this.rounding = Objects.requireNonNull(rounding, "rounding");
            return this;
        }

        /**
         * Sets the language of the labels.
         *
         * @param language the language
         * @return this builder
         */
        public Builder language(Language language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws IllegalArgumentException if the report date is before the window, or a unit
         *     named in the succession's choices is unknown
         */
        public ReportRequest build() {
            return new ReportRequest(this);
        }
    }
}
