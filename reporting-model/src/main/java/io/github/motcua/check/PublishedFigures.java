package io.github.motcua.check;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The numbers of one published report, any of them possibly absent because the report did not
 * state it.
 *
 * <pre>{@code
 * PublishedFigures district = PublishedFigures.builder("Thuận Châu, cấp huyện, 2023")
 *         .with(Quantity.RECEIVED, 3673).with(Quantity.RESOLVED, 3673)
 *         .with(Quantity.EARLY, 3356).with(Quantity.ON_TIME, 282).with(Quantity.LATE, 35)
 *         .with(Quantity.LATE_EXCUSED, 26)
 *         .statedOnTimePercent(new BigDecimal("99.75"))
 *         .build();
 * }</pre>
 *
 * <p>A stated percentage keeps the decimals it was written with: {@code 99.75} has two, and is
 * reproduced only by roundings to two decimals. This class is immutable and thread-safe.
 */
public final class PublishedFigures {
    private final String id;
    private final Map<Quantity, Long> counts;
    private final @Nullable BigDecimal statedOnTimePercent;
    private final @Nullable BigDecimal statedLatePercent;

    private PublishedFigures(Builder builder) {
        this.id = builder.id;
        this.counts = Collections.unmodifiableMap(new EnumMap<>(builder.counts));
        this.statedOnTimePercent = builder.statedOnTimePercent;
        this.statedLatePercent = builder.statedLatePercent;
    }

    /**
     * Returns a new builder.
     *
     * @param id what the figures are, such as a unit and period, to name them in results
     * @return an empty builder
     */
    public static Builder builder(String id) {
        return new Builder(Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns what the figures are.
     *
     * @return the identifier
     */
    public String id() {
        return id;
    }

    /**
     * Returns a stated count.
     *
     * @param quantity the count
     * @return its value, or empty when the report did not state it
     */
    public OptionalLong get(Quantity quantity) {
        Long value = counts.get(quantity);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /**
     * Returns the stated on-time rate, in percent.
     *
     * @return the rate as written, or empty when the report did not state it
     */
    public Optional<BigDecimal> statedOnTimePercent() {
        return Optional.ofNullable(statedOnTimePercent);
    }

    /**
     * Returns the stated late share, in percent.
     *
     * @return the share as written, or empty when the report did not state it
     */
    public Optional<BigDecimal> statedLatePercent() {
        return Optional.ofNullable(statedLatePercent);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PublishedFigures that
                && id.equals(that.id)
                && counts.equals(that.counts)
                && Objects.equals(statedOnTimePercent, that.statedOnTimePercent)
                && Objects.equals(statedLatePercent, that.statedLatePercent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, counts, statedOnTimePercent, statedLatePercent);
    }

    /**
     * Returns the figures as text, such as {@code PublishedFigures[A, {RECEIVED=3673}, onTime=99.75]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "PublishedFigures[" + id + ", " + counts + ", onTime=" + statedOnTimePercent + ", late="
                + statedLatePercent + "]";
    }

    /** Builds published figures. */
    public static final class Builder {
        private final String id;
        private final Map<Quantity, Long> counts = new EnumMap<>(Quantity.class);
        private @Nullable BigDecimal statedOnTimePercent;
        private @Nullable BigDecimal statedLatePercent;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets a stated count.
         *
         * @param quantity the count
         * @param value its value, zero or more
         * @return this builder
         * @throws IllegalArgumentException if the value is negative
         */
        public Builder with(Quantity quantity, long value) {
            if (value < 0) {
                throw new IllegalArgumentException(quantity.column() + " must not be negative: " + value);
            }
            counts.put(Objects.requireNonNull(quantity, "quantity"), value);
            return this;
        }

        /**
         * Sets the stated on-time rate.
         *
         * @param percent the rate in percent, as written
         * @return this builder
         */
        public Builder statedOnTimePercent(BigDecimal percent) {
            this.statedOnTimePercent = Objects.requireNonNull(percent, "percent");
            return this;
        }

        /**
         * Sets the stated late share.
         *
         * @param percent the share in percent, as written
         * @return this builder
         */
        public Builder statedLatePercent(BigDecimal percent) {
            this.statedLatePercent = Objects.requireNonNull(percent, "percent");
            return this;
        }

        /**
         * Builds the figures.
         *
         * @return the figures
         */
        public PublishedFigures build() {
            return new PublishedFigures(this);
        }
    }
}
