package io.github.motcua.scoring;

import io.github.motcua.DateRange;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.rate.Rounding;
import io.github.motcua.timeliness.ClassificationPolicy;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An identified, versioned, effective-dated set of criteria with a rounding rule, a missing-data
 * policy and bands.
 *
 * <p>Scoring adds up the criteria's points, each rounded with {@link #rounding()} first (TT
 * 01/2018/TT-VPCP rounds each averaged indicator before the sum); criteria without data are handled
 * by {@link #missingData()}; the total falls into one of the {@link #bands()}. A variant is a
 * derivation, not a copy:
 *
 * <pre>{@code
 * ScoringScheme sonLa = ScoringScheme.builder(Tt01Schemes.units())
 *         .id("tt01-2018-units-2dp").rounding(Rounding.of(Rounding.Mode.HALF_UP, 2)).build();
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe; the test kit's {@code SchemeContract}
 * checks the rules for any implementation. Most need only the {@link Builder}.
 */
public interface ScoringScheme {
    /**
     * Returns the scheme's identifier, such as {@code tt01-2018-units}.
     *
     * @return the identifier, unique among the schemes of a {@link Schemes} registry
     */
    String id();

    /**
     * Returns the scheme's version, changed whenever a rule changes.
     *
     * @return the version
     */
    String version();

    /**
     * Returns the first day the scheme applies.
     *
     * @return the effective date
     */
    LocalDate effectiveFrom();

    /**
     * Returns the last day the scheme applies.
     *
     * @return the last day, or empty while in force
     */
    Optional<LocalDate> effectiveUntil();

    /**
     * Returns the legal source: the document and its articles.
     *
     * @return the source
     */
    String legalSource();

    /**
     * Returns how far the scheme's rules are confirmed by their text.
     *
     * @return the status
     */
    SchemeStatus status();

    /**
     * Returns the criteria, in the order they are shown.
     *
     * @return the criteria, with distinct ids
     */
    List<Criterion> criteria();

    /**
     * Returns how each criterion's exact score is rounded before the sum.
     *
     * @return the rounding
     */
    Rounding rounding();

    /**
     * Returns what is done with criteria without data.
     *
     * @return the policy
     */
    MissingDataPolicy missingData();

    /**
     * Returns the bands of the total.
     *
     * @return the bands
     */
    Bands bands();

    /**
     * Returns the classification rules its figures need, applied to the classifier of the dossiers
     * it scores ({@link TimelinessClassifier#under}): the national real-time index pauses the clock
     * during supplement requests and counts more than one request as overdue; other schemes follow
     * the classifier's rules.
     *
     * @return the policy; {@link ClassificationPolicy#asConfigured()} unless the scheme declares one
     */
    default ClassificationPolicy classification() {
        return ClassificationPolicy.asConfigured();
    }

    /**
     * Checks that the scheme is in force on every day of a period's window.
     *
     * @param window the window of the period to score
     * @throws SchemeNotInForceException if a day of the window is before {@link #effectiveFrom()} or
     *     after {@link #effectiveUntil()}, naming both
     */
    default void requireInForce(DateRange window) {
        boolean starts = !window.start().isBefore(effectiveFrom());
        boolean ends = effectiveUntil()
                .map(until -> !window.endInclusive().isAfter(until))
                .orElse(true);
        if (!starts || !ends) {
            throw new SchemeNotInForceException(this, window);
        }
    }

    /**
     * Returns the most points the scheme gives: the sum of its criteria's maxima.
     *
     * @return the maximum
     */
    default BigDecimal maxPoints() {
        return criteria().stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Scores evidence: every criterion, each rounded, added up under the missing-data policy, and
     * banded.
     *
     * @param evidence the facts about the subject
     * @return the scorecard
     * @throws IllegalStateException if a criterion returns the score of another criterion
     */
    default Scorecard score(Evidence evidence) {
        return Scorecard.compute(this, evidence);
    }

    /**
     * Returns a builder for a new scheme.
     *
     * @return an empty builder; rounding defaults to half-up to 1 decimal and missing data to
     *     {@link MissingDataPolicy#EXCLUDE}
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts from another scheme's definition, for a variant.
     *
     * @param base the scheme to derive from
     * @return a builder holding the base scheme's attributes
     */
    static Builder builder(ScoringScheme base) {
        Builder builder = new Builder()
                .id(base.id())
                .version(base.version())
                .effectiveFrom(base.effectiveFrom())
                .legalSource(base.legalSource())
                .status(base.status())
                .criteria(base.criteria())
                .rounding(base.rounding())
                .missingData(base.missingData())
                .bands(base.bands())
                .classification(base.classification());
        base.effectiveUntil().ifPresent(builder::effectiveUntil);
        return builder;
    }

    /** Builds schemes; every attribute but the last effective day is required. */
    final class Builder {
        private @Nullable String id;
        private @Nullable String version;
        private @Nullable LocalDate effectiveFrom;
        private @Nullable LocalDate effectiveUntil;
        private @Nullable String legalSource;
        private SchemeStatus status = SchemeStatus.VERIFIED;
        private final List<Criterion> criteria = new ArrayList<>();
        private Rounding rounding = Rounding.of(Rounding.Mode.HALF_UP, 1);
        private MissingDataPolicy missingData = MissingDataPolicy.EXCLUDE;
        private @Nullable Bands bands;
        private ClassificationPolicy classification = ClassificationPolicy.asConfigured();

        private Builder() {}

        /**
         * Sets the identifier.
         *
         * @param id the identifier, not blank
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the version.
         *
         * @param version the version, not blank
         * @return this builder
         */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * Sets the first day the scheme applies.
         *
         * @param date the effective date
         * @return this builder
         */
        public Builder effectiveFrom(LocalDate date) {
            this.effectiveFrom = date;
            return this;
        }

        /**
         * Sets the last day the scheme applies.
         *
         * @param date the last day
         * @return this builder
         */
        public Builder effectiveUntil(LocalDate date) {
            this.effectiveUntil = date;
            return this;
        }

        /**
         * Sets the legal source.
         *
         * @param source the document and its articles, not blank
         * @return this builder
         */
        public Builder legalSource(String source) {
            this.legalSource = source;
            return this;
        }

        /**
         * Sets the status; {@link SchemeStatus#VERIFIED} unless set.
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(SchemeStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Replaces the criteria.
         *
         * @param criteria the criteria, in the order they are shown
         * @return this builder
         */
        public Builder criteria(List<? extends Criterion> criteria) {
            this.criteria.clear();
            this.criteria.addAll(criteria);
            return this;
        }

        /**
         * Sets how each criterion is rounded before the sum.
         *
         * @param rounding the rounding
         * @return this builder
         */
        public Builder rounding(Rounding rounding) {
            this.rounding = Objects.requireNonNull(rounding, "rounding");
            return this;
        }

        /**
         * Sets what is done with criteria without data.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder missingData(MissingDataPolicy policy) {
            this.missingData = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the bands.
         *
         * @param bands the bands
         * @return this builder
         */
        public Builder bands(Bands bands) {
            this.bands = bands;
            return this;
        }

        /**
         * Sets the classification rules the scheme's figures need;
         * {@link ClassificationPolicy#asConfigured()} by default.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder classification(ClassificationPolicy policy) {
            this.classification = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Builds the scheme.
         *
         * @return the scheme
         * @throws IllegalStateException if a required attribute is missing, blank or inconsistent
         */
        public ScoringScheme build() {
            return new DefinedScheme(
                    required("id", id),
                    required("version", version),
                    present("effectiveFrom", effectiveFrom),
                    effectiveUntil,
                    required("legalSource", legalSource),
                    status,
                    criteria,
                    rounding,
                    missingData,
                    present("bands", bands),
                    classification);
        }

        private static <T> T present(String name, @Nullable T value) {
            if (value == null) {
                throw new IllegalStateException("the scheme needs " + name);
            }
            return value;
        }

        private static String required(String name, @Nullable String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("the scheme needs a non-blank " + name);
            }
            return value;
        }
    }
}
