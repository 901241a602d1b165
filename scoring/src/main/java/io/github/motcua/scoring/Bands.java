package io.github.motcua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The classes a total falls into, highest first: each band but the last has a lower bound, and the
 * last takes every total below them. Lower bounds are inclusive ("từ … trở lên") unless the bands
 * are {@link #strict()}.
 *
 * <pre>{@code
 * Bands bands = Bands.builder()
 *         .atLeast("15", EXCELLENT).atLeast("12", GOOD).atLeast("9", FAIR).atLeast("6", AVERAGE)
 *         .otherwise(WEAK);
 * bands.classify(new BigDecimal("15.0"));   // EXCELLENT
 * bands.strict().classify(new BigDecimal("15.0"));   // GOOD
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Bands {
    private final List<Band> bands;
    private final List<BigDecimal> lowerBounds;
    private final boolean strict;

    private Bands(List<Band> bands, List<BigDecimal> lowerBounds, boolean strict) {
        this.bands = List.copyOf(bands);
        this.lowerBounds = List.copyOf(lowerBounds);
        this.strict = strict;
    }

    /**
     * Returns a builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the band a total falls into.
     *
     * @param total the total
     * @return the highest band whose lower bound the total reaches (or exceeds, when strict)
     */
    public Band classify(BigDecimal total) {
        for (int i = 0; i < lowerBounds.size(); i++) {
            int order = total.compareTo(lowerBounds.get(i));
            if (order > 0 || (order == 0 && !strict)) {
                return bands.get(i);
            }
        }
        return bands.get(bands.size() - 1);
    }

    /**
     * Returns the same bands with strict lower bounds ("trên 15"), a variant some provinces use.
     *
     * @return the strict bands
     */
    public Bands strict() {
        return new Bands(bands, lowerBounds, true);
    }

    /**
     * Tells whether the lower bounds are strict.
     *
     * @return true if a total must exceed a bound to reach its band
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Returns the bands, highest first.
     *
     * @return every band, the last being the one below all bounds
     */
    public List<Band> bands() {
        return bands;
    }

    /**
     * Returns a band's lower bound.
     *
     * @param band one of these bands
     * @return its lower bound, or empty for the last band
     * @throws IllegalArgumentException if the band is not one of these
     */
    public java.util.Optional<BigDecimal> lowerBound(Band band) {
        int index = bands.indexOf(band);
        if (index < 0) {
            throw new IllegalArgumentException("not one of these bands: " + band.id());
        }
        return index < lowerBounds.size() ? java.util.Optional.of(lowerBounds.get(index)) : java.util.Optional.empty();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Bands that
                && bands.equals(that.bands)
                && lowerBounds.size() == that.lowerBounds.size()
                && java.util.stream.IntStream.range(0, lowerBounds.size())
                        .allMatch(i -> lowerBounds.get(i).compareTo(that.lowerBounds.get(i)) == 0)
                && strict == that.strict;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                bands, lowerBounds.stream().map(BigDecimal::stripTrailingZeros).toList(), strict);
    }

    /**
     * Returns the bands as text, such as {@code EXCELLENT ≥ 15, GOOD ≥ 12, WEAK}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < lowerBounds.size(); i++) {
            parts.add(bands.get(i).id()
                    + (strict ? " > " : " ≥ ")
                    + lowerBounds.get(i).toPlainString());
        }
        parts.add(bands.get(bands.size() - 1).id());
        return String.join(", ", parts);
    }

    /** Builds bands from the highest down; the bounds must decrease. */
    public static final class Builder {
        private final List<Band> bands = new ArrayList<>();
        private final List<BigDecimal> lowerBounds = new ArrayList<>();

        private Builder() {}

        /**
         * Adds the next band down, with its lower bound.
         *
         * @param lowerBound the lowest total in the band, in plain decimal form such as {@code 3.5}
         * @param band the band
         * @return this builder
         * @throws IllegalArgumentException if the bound does not decrease or the band repeats
         */
        public Builder atLeast(String lowerBound, Band band) {
            BigDecimal bound;
            try {
                bound = new BigDecimal(lowerBound);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("band " + band.id() + ": lower bound '" + lowerBound
                        + "' is not a plain decimal such as 15 or 3.5 (with a point)");
            }
            if (!lowerBounds.isEmpty() && bound.compareTo(lowerBounds.get(lowerBounds.size() - 1)) >= 0) {
                throw new IllegalArgumentException("band " + band.id() + ": lower bound " + lowerBound
                        + " must be below the previous band's " + lowerBounds.get(lowerBounds.size() - 1));
            }
            add(band);
            lowerBounds.add(bound);
            return this;
        }

        /**
         * Adds the last band, which takes every total below the others, and builds the bands.
         *
         * @param band the lowest band
         * @return the bands
         * @throws IllegalArgumentException if the band repeats
         */
        public Bands otherwise(Band band) {
            add(band);
            return new Bands(bands, lowerBounds, false);
        }

        private void add(Band band) {
            if (Stream.concat(bands.stream(), Stream.of(band))
                            .map(Band::id)
                            .distinct()
                            .count()
                    <= bands.size()) {
                throw new IllegalArgumentException("band " + band.id() + " is listed twice");
            }
            bands.add(band);
        }
    }
}
