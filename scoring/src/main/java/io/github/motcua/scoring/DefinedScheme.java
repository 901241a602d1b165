package io.github.motcua.scoring;

import io.github.motcua.rate.Rounding;
import io.github.motcua.timeliness.ClassificationPolicy;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A scheme made by {@link ScoringScheme.Builder}. */
final class DefinedScheme implements ScoringScheme {
    private final String id;
    private final String version;
    private final LocalDate effectiveFrom;
    private final @Nullable LocalDate effectiveUntil;
    private final String legalSource;
    private final SchemeStatus status;
    private final List<Criterion> criteria;
    private final Rounding rounding;
    private final MissingDataPolicy missingData;
    private final Bands bands;
    private final ClassificationPolicy classification;

    @SuppressWarnings("TooManyParameters") // the builder's attributes, checked here once
    DefinedScheme(
            String id,
            String version,
            LocalDate effectiveFrom,
            @Nullable LocalDate effectiveUntil,
            String legalSource,
            SchemeStatus status,
            List<Criterion> criteria,
            Rounding rounding,
            MissingDataPolicy missingData,
            Bands bands,
            ClassificationPolicy classification) {
        this.id = id;
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.effectiveUntil = effectiveUntil;
        this.legalSource = legalSource;
        this.status = status;
        this.criteria = List.copyOf(criteria);
        this.rounding = rounding;
        this.missingData = missingData;
        this.bands = bands;
        this.classification = classification;
        if (this.criteria.isEmpty()) {
            throw new IllegalStateException("scheme " + id + " needs at least one criterion");
        }
        Set<String> ids = new HashSet<>();
        for (Criterion criterion : this.criteria) {
            if (!ids.add(criterion.id())) {
                throw new IllegalStateException("scheme " + id + " lists criterion " + criterion.id() + " twice");
            }
            if (criterion.maxPoints().signum() <= 0) {
                throw new IllegalStateException(
                        "scheme " + id + ": criterion " + criterion.id() + " must have a positive maximum");
            }
            if (criterion.maxPoints().stripTrailingZeros().scale() > rounding.decimals()) {
                throw new IllegalStateException("scheme " + id + ": criterion " + criterion.id() + "'s maximum "
                        + criterion.maxPoints().toPlainString() + " has more decimals than the rounding keeps ("
                        + rounding + "); its rounded points could exceed it");
            }
        }
        if (effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom)) {
            throw new IllegalStateException(
                    "scheme " + id + " ends on " + effectiveUntil + ", before it starts on " + effectiveFrom);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    @Override
    public Optional<LocalDate> effectiveUntil() {
        return Optional.ofNullable(effectiveUntil);
    }

    @Override
    public String legalSource() {
        return legalSource;
    }

    @Override
    public SchemeStatus status() {
        return status;
    }

    @Override
    public List<Criterion> criteria() {
        return criteria;
    }

    @Override
    public Rounding rounding() {
        return rounding;
    }

    @Override
    public MissingDataPolicy missingData() {
        return missingData;
    }

    @Override
    public Bands bands() {
        return bands;
    }

    @Override
    public ClassificationPolicy classification() {
        return classification;
    }

    @Override
    public String toString() {
        return id + " " + version;
    }
}
