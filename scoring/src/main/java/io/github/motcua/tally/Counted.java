package io.github.motcua.tally;

import io.github.motcua.VietnamTime;
import io.github.motcua.deadline.Deadline;
import io.github.motcua.deadline.DeadlineFinding;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.timeliness.EndInstantPolicy;
import io.github.motcua.timeliness.Timeliness;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.timeliness.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dossier as counted in a reporting period: why it is in the period, the deadline it was classified
 * against (as known on the report date) and its verdict at that date.
 *
 * <pre>{@code
 * Map<String, Tally> byUnit = dossiers.parallelStream()
 *         .flatMap(dossier -> Counted.inPeriod(dossier, period, classifier).stream())
 *         .collect(Tally.groupingBy(counted -> classifier.attribution().unitOf(counted.dossier())));
 * }</pre>
 *
 * <p>Most dossiers have a plain verdict ({@link TimelinessClassifier#plainTimeliness}): no finding
 * and no excusal. Their deadline and verdict are built only when asked for; {@link #timeliness()},
 * {@link #findings()} and {@link #excusalReason()}, which a report needs, do not build them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Counted {
    private final Dossier dossier;
    private final Inclusion inclusion;
    private final LocalDate reportDate;
    private final Timeliness timeliness;
    /** Computes the deadline and the verdict when first asked for; null when they were given. */
    private final @Nullable TimelinessClassifier classifier;
    // Immutable values, so a race only computes an equal value twice.
    private @Nullable Deadline deadline;
    private @Nullable Verdict verdict;

    private Counted(Dossier dossier, Inclusion inclusion, Deadline deadline, Verdict verdict) {
        this.dossier = dossier;
        this.inclusion = inclusion;
        this.reportDate = verdict.reportDate();
        this.timeliness = verdict.timeliness();
        this.classifier = null;
        this.deadline = deadline;
        this.verdict = verdict;
    }

    private Counted(
            Dossier dossier,
            Inclusion inclusion,
            LocalDate reportDate,
            Timeliness timeliness,
            TimelinessClassifier classifier) {
        this.dossier = dossier;
        this.inclusion = inclusion;
        this.reportDate = reportDate;
        this.timeliness = timeliness;
        this.classifier = classifier;
    }

    /**
     * Counts a dossier in a period: new when received in the period's window, carried over when
     * received before it and not ended before its first day, left out otherwise (received after the
     * window, or ended before it); classified at the window's last day.
     *
     * @param dossier the dossier
     * @param period the reporting period, whose window gives the first and last days
     * @param classifier the classifier, whose end-instant policy also decides when a dossier ended
     * @return the counted dossier, or empty when it is not in the period's figures
     */
    public static Optional<Counted> inPeriod(Dossier dossier, ReportingPeriod period, TimelinessClassifier classifier) {
        return inPeriod(dossier, period, classifier, period.end());
    }

    /**
     * Counts a dossier in a period as of a report date, such as a day within the period for a
     * report made before it ends: as {@link #inPeriod(Dossier, ReportingPeriod,
     * TimelinessClassifier)}, with the report date in place of the window's last day.
     *
     * @param dossier the dossier
     * @param period the reporting period, whose window gives the first day
     * @param classifier the classifier
     * @param asOf the report date, not before the window's first day
     * @return the counted dossier, or empty when it is not in the figures at that date
     * @throws IllegalArgumentException if the report date is before the window's first day
     */
    public static Optional<Counted> inPeriod(
            Dossier dossier, ReportingPeriod period, TimelinessClassifier classifier, LocalDate asOf) {
        Inclusion inclusion = includedAs(dossier, period, classifier.endInstantPolicy(), asOf);
        if (inclusion == null) {
            return Optional.empty();
        }
        Timeliness plain = classifier.plainTimeliness(dossier, asOf);
        if (plain != null) {
            return Optional.of(new Counted(dossier, inclusion, asOf, plain, classifier));
        }
        Deadline deadline = classifier.deadlineOn(dossier, asOf);
        return Optional.of(new Counted(dossier, inclusion, deadline, classifier.classify(dossier, deadline, asOf)));
    }

    /**
     * Says whether a dossier is in a period's figures at a report date, and why, without computing
     * its deadline: received by the report date and not ended before the window's first day; new
     * when received in the window, carried over when before it.
     *
     * @param dossier the dossier
     * @param period the period
     * @param endPolicy the instant a dossier ends at
     * @param asOf the report date, not before the window's first day
     * @return how it is included, or empty when it is not in the figures
     * @throws IllegalArgumentException if the report date is before the window's first day
     */
    public static Optional<Inclusion> inclusion(
            Dossier dossier, ReportingPeriod period, EndInstantPolicy endPolicy, LocalDate asOf) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(endPolicy, "endPolicy");
        return Optional.ofNullable(includedAs(dossier, period, endPolicy, asOf));
    }

    private static @Nullable Inclusion includedAs(
            Dossier dossier, ReportingPeriod period, EndInstantPolicy endPolicy, LocalDate asOf) {
        long received = VietnamTime.epochDayOf(dossier.receivedAt());
        long start = period.start().toEpochDay();
        if (asOf.toEpochDay() < start) {
            throw new IllegalArgumentException(
                    "the report date " + asOf + " is before the first day " + period.start() + " of period " + period);
        }
        if (received > asOf.toEpochDay()) {
            return null;
        }
        Optional<Instant> ended = endPolicy.endOf(dossier);
        if (ended.isPresent() && VietnamTime.epochDayOf(ended.get()) < start) {
            return null;
        }
        return received < start ? Inclusion.CARRIED_OVER : Inclusion.NEW;
    }

    /**
     * Obtains a counted dossier from a deadline and a verdict already made.
     *
     * @param dossier the dossier
     * @param inclusion why it is in the period
     * @param deadline the deadline it was classified against
     * @param verdict its verdict at the report date
     * @return the counted dossier
     * @throws IllegalArgumentException if the deadline or the verdict is another dossier's
     */
    public static Counted of(Dossier dossier, Inclusion inclusion, Deadline deadline, Verdict verdict) {
        Objects.requireNonNull(dossier, "dossier");
        requireSameDossier(
                dossier,
                "deadline",
                Objects.requireNonNull(deadline, "deadline").dossierId());
        requireSameDossier(
                dossier, "verdict", Objects.requireNonNull(verdict, "verdict").dossierId());
        return new Counted(dossier, Objects.requireNonNull(inclusion, "inclusion"), deadline, verdict);
    }

    private static void requireSameDossier(Dossier dossier, String what, String dossierId) {
        if (!dossier.id().equals(dossierId)) {
            throw new IllegalArgumentException(
                    "the " + what + " of dossier " + dossierId + " cannot count dossier " + dossier.id());
        }
    }

    /**
     * Returns the dossier, for grouping keys.
     *
     * @return the dossier
     */
    public Dossier dossier() {
        return dossier;
    }

    /**
     * Returns why the dossier is in the period.
     *
     * @return new or carried over
     */
    public Inclusion inclusion() {
        return inclusion;
    }

    /**
     * Returns the report date the dossier was classified at.
     *
     * @return the verdict's report date
     */
    public LocalDate reportDate() {
        return reportDate;
    }

    /**
     * Returns the dossier's class at the report date, without building its verdict.
     *
     * @return the verdict's timeliness
     */
    public Timeliness timeliness() {
        return timeliness;
    }

    /**
     * Returns the findings about the dossier's deadline and end, without building its verdict when
     * it is plain.
     *
     * @return the verdict's findings
     */
    public List<DeadlineFinding> findings() {
        return classifier != null ? List.of() : verdict().findings();
    }

    /**
     * Returns why a late dossier is excused in the adjusted figures, without building its verdict
     * when it is plain.
     *
     * @return the verdict's excusal reason, or empty when it is not excused
     */
    public Optional<String> excusalReason() {
        return classifier != null ? Optional.empty() : verdict().excusalReason();
    }

    /**
     * Returns the deadline the dossier was classified against: computed from its record as known on
     * the report date.
     *
     * @return the deadline
     */
    public Deadline deadline() {
        Deadline known = deadline;
        if (known == null) {
            known = Objects.requireNonNull(classifier).deadlineOn(dossier, reportDate);
            deadline = known;
        }
        return known;
    }

    /**
     * Returns the dossier's verdict at the report date.
     *
     * @return the verdict
     */
    public Verdict verdict() {
        Verdict known = verdict;
        if (known == null) {
            known = Objects.requireNonNull(classifier).classify(dossier, deadline(), reportDate);
            verdict = known;
        }
        return known;
    }
}
