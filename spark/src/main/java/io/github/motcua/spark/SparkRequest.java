package io.github.motcua.spark;

import io.github.motcua.Language;
import io.github.motcua.deadline.LateRequestPolicy;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.io.JsonLinesWriter;
import io.github.motcua.io.ProcedureVersion;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.period.WindowPolicy;
import io.github.motcua.rate.RateDefinition;
import io.github.motcua.rate.Rounding;
import io.github.motcua.report.Grouping;
import io.github.motcua.timeliness.Attribution;
import io.github.motcua.timeliness.ExtensionPolicy;
import io.github.motcua.timeliness.Granularity;
import io.github.motcua.unit.Unit;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a Spark job computes with: the period and its window, the report date, the rule choices
 * (docs/rules.md), the calendar, and the master data (procedures, units, excusal intervals). Every
 * choice defaults to the library's, as on the command line.
 *
 * <pre>{@code
 * SparkRequest request = SparkRequest.builder(ReportingPeriod.parse("2023"), procedures)
 *         .units(units)
 *         .excusals(intervals)
 *         .grouping(Grouping.UNIT)
 *         .build();
 * }</pre>
 *
 * <p>A request is serializable and small: the master data travel as their JSON Lines text, sent to
 * each executor once (a broadcast) and read there once per request, never per row. It is immutable
 * and thread-safe.
 */
public final class SparkRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Identifies the request among those an executor has read. */
    private final String id = UUID.randomUUID().toString();
    /** The period, as {@link ReportingPeriod#parse} reads it. */
    private final String period;
    /** The period's window. */
    private final WindowPolicy window;
    /** The report date. */
    private final LocalDate reportDate;
    /** The procedures' versions, as JSON Lines. */
    private final String procedures;
    /** The units, as JSON Lines. */
    private final String units;
    /** The excusal intervals, as JSON Lines. */
    private final String excusals;
    /** The report's rows. */
    private final Grouping grouping;
    /** The unit a dossier counts for. */
    private final Attribution attribution;
    /** How an end is compared with its due date. */
    private final Granularity granularity;
    /** What a late supplement request does. */
    private final LateRequestPolicy lateRequests;
    /** Which date an extended dossier is judged against. */
    private final ExtensionPolicy extensionPolicy;
    /** Whether the Culture Day is a day off. */
    private final boolean cultureDay;
    /** The language of labels. */
    private final Language language;
    /** The rate definition. */
    private final RateDefinition rate;
    /** The rounding's mode. */
    private final Rounding.Mode roundingMode;
    /** The rounding's decimals. */
    private final int decimals;

    private SparkRequest(Builder builder) {
        this.period = builder.period.toString();
        this.window = builder.period.window();
        LocalDate date = builder.reportDate == null ? builder.period.end() : builder.reportDate;
        if (date.isBefore(builder.period.start())) {
            throw new IllegalArgumentException("the report date " + date + " is before the first day "
                    + builder.period.start() + " of period " + builder.period);
        }
        this.reportDate = date;
        this.procedures = jsonLines(builder.procedures);
        this.units = jsonLines(builder.units);
        this.excusals = jsonLines(builder.excusals);
        this.grouping = builder.grouping;
        this.attribution = builder.attribution;
        this.granularity = builder.granularity;
        this.lateRequests = builder.lateRequests;
        this.extensionPolicy = builder.extensionPolicy;
        this.cultureDay = builder.cultureDay;
        this.language = builder.language;
        this.rate = builder.rate;
        this.roundingMode = builder.rounding.mode();
        this.decimals = builder.rounding.decimals();
    }

    /**
     * Returns a builder.
     *
     * @param period the reporting period, with its window
     * @param procedures the procedures' versions; at least one
     * @return a builder with the library's defaults
     * @throws IllegalArgumentException if there is no procedure
     */
    public static Builder builder(ReportingPeriod period, List<ProcedureVersion> procedures) {
        return new Builder(period, procedures);
    }

    /** Identifies this request among those an executor has read, for the master data read there once. */
    String id() {
        return id;
    }

    /**
     * Returns the reporting period, with its window.
     *
     * @return the period
     */
    public ReportingPeriod period() {
        return ReportingPeriod.parse(period).withWindow(window);
    }

    /**
     * Returns the report date: the window's last day unless given.
     *
     * @return the report date
     */
    public LocalDate reportDate() {
        return reportDate;
    }

    /**
     * Returns the rows of the processing report.
     *
     * @return by unit, field, level or channel
     */
    public Grouping grouping() {
        return grouping;
    }

    /**
     * Returns the unit recorded on a dossier that it counts for.
     *
     * @return the attribution
     */
    public Attribution attribution() {
        return attribution;
    }

    /**
     * Returns how an end is compared with its due date.
     *
     * @return the granularity
     */
    public Granularity granularity() {
        return granularity;
    }

    /**
     * Returns what a late supplement request does to the due date.
     *
     * @return the policy
     */
    public LateRequestPolicy lateRequests() {
        return lateRequests;
    }

    /**
     * Returns which date an extended dossier is judged against.
     *
     * @return the policy
     */
    public ExtensionPolicy extensionPolicy() {
        return extensionPolicy;
    }

    /**
     * Tells whether the Vietnamese Culture Day (24 November) is a day off, as from 2025.
     *
     * @return true for the official calendar
     */
    public boolean cultureDay() {
        return cultureDay;
    }

    /**
     * Returns the language of the report's labels.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * Returns the rate definition of the report.
     *
     * @return the rate
     */
    public RateDefinition rate() {
        return rate;
    }

    /**
     * Returns the rounding of the report's rates.
     *
     * @return the rounding
     */
    public Rounding rounding() {
        return Rounding.of(roundingMode, decimals);
    }

    /** The procedures' versions as JSON Lines. */
    String proceduresJson() {
        return procedures;
    }

    /** The units as JSON Lines. */
    String unitsJson() {
        return units;
    }

    /** The excusal intervals as JSON Lines. */
    String excusalsJson() {
        return excusals;
    }

    private static String jsonLines(List<?> values) {
        StringWriter text = new StringWriter();
        try (JsonLinesWriter<Object> lines = JsonLinesWriter.open(text)) {
            for (Object value : values) {
                lines.write(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Builds requests; not thread-safe. */
    public static final class Builder {
        private final ReportingPeriod period;
        private final List<ProcedureVersion> procedures;
        private @Nullable LocalDate reportDate;
        private List<Unit> units = List.of();
        private List<ExcusalInterval> excusals = List.of();
        private Grouping grouping = Grouping.UNIT;
        private Attribution attribution = Attribution.RESOLVING_UNIT;
        private Granularity granularity = Granularity.BY_PROCESSING_TIME;
        private LateRequestPolicy lateRequests = LateRequestPolicy.KEEPS_DUE_DATE;
        private ExtensionPolicy extensionPolicy = ExtensionPolicy.ORIGINAL_DUE_DATE;
        private boolean cultureDay = true;
        private Language language = Language.VI;
        private RateDefinition rate = RateDefinition.ON_TIME_OVER_RESOLVED;
        private Rounding rounding = Rounding.DEFAULT;

        private Builder(ReportingPeriod period, List<ProcedureVersion> procedures) {
            this.period = Objects.requireNonNull(period, "period");
            this.procedures = List.copyOf(procedures);
            if (this.procedures.isEmpty()) {
                throw new IllegalArgumentException("a request needs the procedures' versions; none was given");
            }
        }

        /**
         * Sets the report date; the window's last day by default.
         *
         * @param reportDate the report date, not before the period's first day
         * @return this builder
         */
        public Builder reportDate(LocalDate reportDate) {
            this.reportDate = Objects.requireNonNull(reportDate, "reportDate");
            return this;
        }

        /**
         * Sets the units: the master list with each unit's dated versions; when given, a dossier
         * of a unit not in it is rejected. Needed to group by level.
         *
         * @param units the units
         * @return this builder
         */
        public Builder units(List<Unit> units) {
            this.units = List.copyOf(units);
            return this;
        }

        /**
         * Sets the excusal intervals (system outages and other excused periods).
         *
         * @param excusals the intervals
         * @return this builder
         */
        public Builder excusals(List<ExcusalInterval> excusals) {
            this.excusals = List.copyOf(excusals);
            return this;
        }

        /**
         * Sets the rows of the processing report; by unit by default.
         *
         * @param grouping the grouping
         * @return this builder
         */
        public Builder grouping(Grouping grouping) {
            this.grouping = Objects.requireNonNull(grouping, "grouping");
            return this;
        }

        /**
         * Sets the unit a dossier counts for; the resolving unit by default.
         *
         * @param attribution the attribution
         * @return this builder
         */
        public Builder attribution(Attribution attribution) {
            this.attribution = Objects.requireNonNull(attribution, "attribution");
            return this;
        }

        /**
         * Sets how an end is compared with its due date; by the procedure's processing time by
         * default.
         *
         * @param granularity the granularity
         * @return this builder
         */
        public Builder granularity(Granularity granularity) {
            this.granularity = Objects.requireNonNull(granularity, "granularity");
            return this;
        }

        /**
         * Sets what a late supplement request does; it keeps the due date by default.
         *
         * @param lateRequests the policy
         * @return this builder
         */
        public Builder lateRequests(LateRequestPolicy lateRequests) {
            this.lateRequests = Objects.requireNonNull(lateRequests, "lateRequests");
            return this;
        }

        /**
         * Sets which date an extended dossier is judged against; the original due date by default.
         *
         * @param extensionPolicy the policy
         * @return this builder
         */
        public Builder extensionPolicy(ExtensionPolicy extensionPolicy) {
            this.extensionPolicy = Objects.requireNonNull(extensionPolicy, "extensionPolicy");
            return this;
        }

        /**
         * Sets whether the Culture Day (24 November) is a day off; true, the official calendar, by
         * default.
         *
         * @param cultureDay false for the calendar without it
         * @return this builder
         */
        public Builder cultureDay(boolean cultureDay) {
            this.cultureDay = cultureDay;
            return this;
        }

        /**
         * Sets the language of the report's labels; Vietnamese by default.
         *
         * @param language the language
         * @return this builder
         */
        public Builder language(Language language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Sets the rate definition; on time over resolved by default.
         *
         * @param rate the rate
         * @return this builder
         */
        public Builder rate(RateDefinition rate) {
            this.rate = Objects.requireNonNull(rate, "rate");
            return this;
        }

        /**
         * Sets the rounding of rates; half up to 2 decimals by default.
         *
         * @param rounding the rounding
         * @return this builder
         */
        public Builder rounding(Rounding rounding) {
            this.rounding = Objects.requireNonNull(rounding, "rounding");
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws IllegalArgumentException if the report date is before the period
         */
        public SparkRequest build() {
            return new SparkRequest(this);
        }
    }
}
