package io.github.motcua.dossier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.InvalidValueException;
import io.github.motcua.core.internal.Checks;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An applicant's evaluation of how one dossier was processed.
 *
 * <p>TT 01/2018/TT-VPCP scores indicators 1, 3, 4 and 7 from evaluations, averaged over the
 * evaluated dossiers only. An evaluation records the facts the applicant reports (how many times
 * they had to come back to complete the dossier, how many agencies they had to contact) and the
 * points they gave per indicator, keyed by the indicator identifier of a scoring scheme. When it
 * was submitted relative to the dossier's receipt is checked when the {@link Dossier} is built.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluation.class)
@JsonDeserialize(as = ImmutableEvaluation.class)
public abstract class Evaluation {
    private static final String TYPE = "Evaluation";

    Evaluation() {}

    /**
     * Returns how the evaluation was collected.
     *
     * @return the channel
     */
    public abstract EvaluationChannel channel();

    /**
     * Returns when the evaluation was submitted.
     *
     * @return the submission instant
     */
    public abstract Instant submittedAt();

    /**
     * Returns how many times the applicant had to contact the body to complete the dossier
     * (indicator 3), where reported.
     *
     * @return a count of zero or more, or empty
     */
    public abstract Optional<Integer> contactsNeeded();

    /**
     * Returns how many agencies the applicant had to contact (indicator 4), where reported.
     *
     * @return a count of zero or more, or empty
     */
    public abstract Optional<Integer> agenciesContacted();

    /**
     * Returns the points the applicant gave, by indicator identifier.
     *
     * @return points of zero or more by indicator; empty when the applicant gave none
     */
    public abstract Map<String, Integer> ratings();

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        contactsNeeded().ifPresent(count -> Checks.requireNonNegative(TYPE, "", "contactsNeeded", count));
        agenciesContacted().ifPresent(count -> Checks.requireNonNegative(TYPE, "", "agenciesContacted", count));
        ratings().forEach((indicator, points) -> {
            Checks.requireNonBlank(TYPE, "", "ratings", indicator);
            if (points < 0) {
                throw new InvalidValueException(
                        TYPE, "", "ratings." + indicator, points.toString(), "must not be negative");
            }
        });
    }

    /** Builds evaluations; the channel and the submission instant are required. */
    public static final class Builder extends ImmutableEvaluation.Builder {
        /** Creates an empty builder; {@link Evaluation#builder()} does the same. */
        public Builder() {}
    }
}
