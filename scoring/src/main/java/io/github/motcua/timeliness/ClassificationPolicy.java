package io.github.motcua.timeliness;

import io.github.motcua.deadline.SupplementPolicy;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The classification rules that a set of figures needs, whatever classifier the caller built: the
 * supplement policy of the deadline rules and what more than one supplement request does.
 *
 * <p>A scoring scheme declares the policy its figures need ({@code ScoringScheme.classification()})
 * and its dossiers are classified under it ({@link TimelinessClassifier#under}), so that a library
 * user and the command line get the same figures from the same dossiers. The national real-time
 * index of QĐ 766/QĐ-TTg pauses the clock during supplement requests and counts a dossier with more
 * than one request as overdue (indicator 2.1; docs/rules.md §2.3 and §6); the TT 01/2018 schemes
 * need nothing beyond the legal rules the classifier already follows.
 *
 * <pre>{@code
 * TimelinessClassifier forIndex = classifier.under(Qd766Index.scheme().classification());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClassificationPolicy {
    private static final ClassificationPolicy AS_CONFIGURED = new ClassificationPolicy(null, null);
    private static final ClassificationPolicy NATIONAL_INDEX =
            new ClassificationPolicy(SupplementPolicy.PAUSE, RepeatedSupplementPolicy.COUNTED_OVERDUE);

    private final @Nullable SupplementPolicy supplementPolicy;
    private final @Nullable RepeatedSupplementPolicy repeatedSupplements;

    private ClassificationPolicy(
            @Nullable SupplementPolicy supplementPolicy, @Nullable RepeatedSupplementPolicy repeatedSupplements) {
        this.supplementPolicy = supplementPolicy;
        this.repeatedSupplements = repeatedSupplements;
    }

    /**
     * Returns the policy that changes nothing: the classifier's own rules, by default the legal
     * edition's supplement policy and {@link RepeatedSupplementPolicy#FINDING_ONLY}.
     *
     * @return the policy of figures that follow the legal rules
     */
    public static ClassificationPolicy asConfigured() {
        return AS_CONFIGURED;
    }

    /**
     * Returns the policy of the national real-time index (QĐ 766/QĐ-TTg, indicator 2.1): the clock
     * paused while the body waits for the applicant ({@link SupplementPolicy#PAUSE}) and more than
     * one supplement request counted overdue ({@link RepeatedSupplementPolicy#COUNTED_OVERDUE}).
     *
     * @return the index's policy
     */
    public static ClassificationPolicy nationalIndex() {
        return NATIONAL_INDEX;
    }

    /**
     * Obtains a policy that sets both rules.
     *
     * @param supplementPolicy the supplement policy for every dossier
     * @param repeatedSupplements what more than one supplement request does
     * @return the policy
     */
    public static ClassificationPolicy of(
            SupplementPolicy supplementPolicy, RepeatedSupplementPolicy repeatedSupplements) {
        return new ClassificationPolicy(
                Objects.requireNonNull(supplementPolicy, "supplementPolicy"),
                Objects.requireNonNull(repeatedSupplements, "repeatedSupplements"));
    }

    /**
     * Returns the supplement policy the figures need.
     *
     * @return the policy, or empty to keep the classifier's deadline rules as they are
     */
    public Optional<SupplementPolicy> supplementPolicy() {
        return Optional.ofNullable(supplementPolicy);
    }

    /**
     * Returns what more than one supplement request does in the figures.
     *
     * @return the policy, or empty to keep the classifier's
     */
    public Optional<RepeatedSupplementPolicy> repeatedSupplements() {
        return Optional.ofNullable(repeatedSupplements);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ClassificationPolicy that
                && supplementPolicy == that.supplementPolicy
                && repeatedSupplements == that.repeatedSupplements;
    }

    @Override
    public int hashCode() {
        return Objects.hash(supplementPolicy, repeatedSupplements);
    }

    /**
     * Returns the policy as text, such as {@code ClassificationPolicy[PAUSE, COUNTED_OVERDUE]}.
     *
     * @return the text form; {@code as configured} for a rule left to the classifier
     */
    @Override
    public String toString() {
        return "ClassificationPolicy[" + (supplementPolicy == null ? "as configured" : supplementPolicy) + ", "
                + (repeatedSupplements == null ? "as configured" : repeatedSupplements) + "]";
    }
}
