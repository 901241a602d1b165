package io.github.motcua.timeliness;

import io.github.motcua.InvalidValueException;
import io.github.motcua.VietnamTime;
import io.github.motcua.deadline.DeadlineFinding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A dossier's class at a report date, with what decided it: the end instant used, the due date, the
 * lateness, the class in the adjusted figures when an excusal applies, the rule in words, and the
 * findings on the record.
 *
 * <p>{@link TimelinessClassifier} gives verdicts; {@link #builder()} builds one from its parts, such
 * as a verdict stored earlier and read back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Verdict {
    private static final String TYPE = "Verdict";
    private static final String NONE = "(none)";

    private final String dossierId;
    private final Timeliness timeliness;
    private final Timeliness adjusted;
    private final @Nullable Instant end;
    private final @Nullable LocalDate dueDate;
    private final int latenessWorkingDays;
    private final @Nullable String excusalReason;
    private final Decision decision;
    private final LocalDate reportDate;
    private final List<DeadlineFinding> findings;

    private Verdict(Builder builder) {
        this.dossierId = required(builder.dossierId, "dossierId");
        this.timeliness = required(builder.timeliness, "timeliness");
        this.excusalReason = builder.excusalReason;
        this.adjusted = excusalReason == null ? timeliness : Timeliness.ON_TIME;
        this.end = builder.end;
        this.dueDate = builder.dueDate;
        this.latenessWorkingDays = builder.latenessWorkingDays;
        this.decision = required(builder.decision, "decision");
        this.reportDate = required(builder.reportDate, "reportDate");
        this.findings = builder.findings;
        requireConsistentParts();
    }

    /** Checks that the parts agree; kept out of the constructor so that the builder can be inlined away. */
    private void requireConsistentParts() {
        requireClassOfDecision();
        requireEndOnlyWhenEnded();
        requireDueDateAsDecisionNeeds();
        requireLatenessOnlyWhenLateOrOverdue();
        requireExcusalOnlyWhenLate();
    }

    /**
     * Returns a new builder; the dossier id, the report date, the class and the decision are
     * required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the dossier's identifier.
     *
     * @return the dossier id
     */
    public String dossierId() {
        return dossierId;
    }

    /**
     * Returns the class in the official figures.
     *
     * @return exactly one class
     */
    public Timeliness timeliness() {
        return timeliness;
    }

    /**
     * Returns the class in the adjusted figures: {@link Timeliness#ON_TIME} for an excused late
     * dossier, otherwise the official class.
     *
     * @return the adjusted class
     */
    public Timeliness adjusted() {
        return adjusted;
    }

    /**
     * Tells whether an excusal moved the dossier from late to on time in the adjusted figures.
     *
     * @return true for an excused late dossier
     */
    public boolean isExcused() {
        return excusalReason != null;
    }

    /**
     * Returns the instant the dossier ended under the end-instant policy.
     *
     * @return the end instant, or empty when the dossier was pending at the report date
     */
    public Optional<Instant> end() {
        return Optional.ofNullable(end);
    }

    /**
     * Returns the due date the end was compared with.
     *
     * @return the due date, or empty while the body waited for the applicant
     */
    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(dueDate);
    }

    /**
     * Returns how many working days after its due date a late dossier ended, or an overdue one was
     * still pending at the report date.
     *
     * @return the working days, zero when not late or overdue; also zero for a dossier that ended
     *     on a day off right after its due date, or after its due instant on the due date itself
     */
    public int latenessWorkingDays() {
        return latenessWorkingDays;
    }

    /**
     * Returns why a late dossier is excused.
     *
     * @return the reason quoted from the excusal, or empty when not excused
     */
    public Optional<String> excusalReason() {
        return Optional.ofNullable(excusalReason);
    }

    /**
     * Returns the rule that decided the class; {@link #rule()} puts it in words.
     *
     * @return the decision
     */
    public Decision decision() {
        return decision;
    }

    /**
     * Returns the rule that decided the class, in words, with the values compared, such as
     * {@code ended 2023-03-14 before the due date 2023-03-15 (by date): EARLY}.
     *
     * @return the rule
     */
    public String rule() {
        return decision.describe(this);
    }

    /**
     * Returns the report date the dossier was classified at.
     *
     * @return the report date
     */
    public LocalDate reportDate() {
        return reportDate;
    }

    /**
     * Returns the findings on the dossier's record.
     *
     * @return the findings; empty when there are none
     */
    public List<DeadlineFinding> findings() {
        return findings;
    }

    private static <T> T required(@Nullable T value, String setter) {
        if (value == null) {
            throw new IllegalStateException(
                    "Verdict.Builder: " + setter + " is not set; call " + setter + "(...) before build()");
        }
        return value;
    }

    private void requireClassOfDecision() {
        if (!decision.classes().contains(timeliness)) {
            throw invalid(
                    dossierId,
                    "timeliness",
                    timeliness,
                    "the decision " + decision + " gives "
                            + decision.classes().stream().map(Timeliness::name).collect(Collectors.joining(" or ")));
        }
    }

    private void requireEndOnlyWhenEnded() {
        if (end == null && !timeliness.isPending()) {
            throw invalid(dossierId, "end", NONE, "a " + timeliness + " verdict needs the instant the dossier ended");
        }
        if (end != null && timeliness.isPending()) {
            throw invalid(
                    dossierId,
                    "end",
                    end,
                    "a " + timeliness + " verdict has no end: the dossier was pending on its report date");
        }
        if (end != null && VietnamTime.epochDayOf(end) > reportDate.toEpochDay()) {
            throw invalid(
                    dossierId,
                    "end",
                    end,
                    "must not be after the report date " + reportDate + ": a dossier that ends later is pending on it");
        }
    }

    private void requireDueDateAsDecisionNeeds() {
        if (dueDate == null && decision.dueDate() == Decision.DueDate.REQUIRED) {
            throw invalid(dossierId, "dueDate", NONE, "the decision " + decision + " compares with a due date");
        }
        if (dueDate != null && decision.dueDate() == Decision.DueDate.ABSENT) {
            throw invalid(
                    dossierId,
                    "dueDate",
                    dueDate,
                    "the decision " + decision + " has no due date: the deadline waits for the applicant");
        }
    }

    private void requireLatenessOnlyWhenLateOrOverdue() {
        if (latenessWorkingDays > 0 && timeliness != Timeliness.LATE && timeliness != Timeliness.PENDING_OVERDUE) {
            throw invalid(
                    dossierId,
                    "latenessWorkingDays",
                    latenessWorkingDays,
                    "only a LATE or PENDING_OVERDUE verdict has working days of lateness; this one is " + timeliness);
        }
        if (latenessWorkingDays > 0 && dueDate == null) {
            throw invalid(
                    dossierId,
                    "latenessWorkingDays",
                    latenessWorkingDays,
                    "lateness is counted from the due date, and there is none");
        }
    }

    private void requireExcusalOnlyWhenLate() {
        if (excusalReason != null && timeliness != Timeliness.LATE) {
            throw invalid(
                    dossierId,
                    "excusalReason",
                    excusalReason,
                    "only a LATE verdict is excused; this one is " + timeliness);
        }
    }

    /** An exception for a verdict's part; instants are shown in Vietnam's local time. */
    private static InvalidValueException invalid(String dossierId, String field, Object value, String rule) {
        String text = value instanceof Instant instant ? VietnamTime.format(instant) : value.toString();
        return new InvalidValueException(TYPE, dossierId, field, text, rule);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Verdict that
                && dossierId.equals(that.dossierId)
                && timeliness == that.timeliness
                && adjusted == that.adjusted
                && Objects.equals(end, that.end)
                && Objects.equals(dueDate, that.dueDate)
                && latenessWorkingDays == that.latenessWorkingDays
                && Objects.equals(excusalReason, that.excusalReason)
                && decision == that.decision
                && reportDate.equals(that.reportDate)
                && findings.equals(that.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                dossierId,
                timeliness,
                adjusted,
                end,
                dueDate,
                latenessWorkingDays,
                excusalReason,
                decision,
                reportDate,
                findings);
    }

    /**
     * Returns the verdict as text, such as {@code Verdict[HS-1 EARLY: ended 2023-03-14 before ...]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "Verdict[" + dossierId + " " + timeliness + (isExcused() ? " (adjusted " + adjusted + ")" : "") + ": "
                + rule() + "]";
    }

    /**
     * Builds verdicts from their parts, such as a verdict stored earlier and read back; {@link
     * TimelinessClassifier} uses it for every verdict it gives.
     *
     * <pre>{@code
     * Verdict verdict = Verdict.builder()
     *         .dossierId("HS-1")
     *         .reportDate(LocalDate.of(2023, 12, 14))
     *         .timeliness(Timeliness.LATE)
     *         .decision(Decision.ENDED_AFTER_DUE_DATE)
     *         .end(Instant.parse("2023-03-16T09:00:00Z"))
     *         .dueDate(LocalDate.of(2023, 3, 15))
     *         .latenessWorkingDays(1)
     *         .excusalReason("power cut at the one-stop office")
     *         .build();
     * }</pre>
     *
     * <p>The class in the adjusted figures follows from the excusal: {@link Timeliness#ON_TIME} with
     * an excusal reason, the official class without one. A setter rejects a value wrong on its own at
     * once; {@link #build()} checks that the parts agree with one another, as a classifier gives
     * them:
     *
     * <ul>
     *   <li>the class is one the decision gives (see {@link Decision});
     *   <li>a pending verdict has no end, any other has one, on or before the report date;
     *   <li>the due date is there when the decision compares with one, and absent for {@link
     *       Decision#WAITING_FOR_APPLICANT};
     *   <li>working days of lateness belong to a {@link Timeliness#LATE} or {@link
     *       Timeliness#PENDING_OVERDUE} verdict with a due date;
     *   <li>only a {@link Timeliness#LATE} verdict is excused.
     * </ul>
     *
     * <p>It does not classify again: whether the dates give the class under a working calendar is
     * the classifier's business. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String dossierId;
        private @Nullable LocalDate reportDate;
        private @Nullable Timeliness timeliness;
        private @Nullable Decision decision;
        private @Nullable Instant end;
        private @Nullable LocalDate dueDate;
        private int latenessWorkingDays;
        private @Nullable String excusalReason;
        private List<DeadlineFinding> findings = List.of();

        private Builder() {}

        /**
         * Sets the dossier's identifier; required.
         *
         * @param dossierId the dossier id, not blank
         * @return this builder
         * @throws InvalidValueException if the id is blank
         */
        public Builder dossierId(String dossierId) {
            Objects.requireNonNull(dossierId, "dossierId");
            if (dossierId.isBlank()) {
                throw invalid("", "dossierId", "'" + dossierId + "'", "must not be blank");
            }
            this.dossierId = dossierId;
            return this;
        }

        /**
         * Sets the report date the dossier was classified at; required.
         *
         * @param reportDate the report date
         * @return this builder
         */
        public Builder reportDate(LocalDate reportDate) {
            this.reportDate = Objects.requireNonNull(reportDate, "reportDate");
            return this;
        }

        /**
         * Sets the class in the official figures; required.
         *
         * @param timeliness the class
         * @return this builder
         */
        public Builder timeliness(Timeliness timeliness) {
            this.timeliness = Objects.requireNonNull(timeliness, "timeliness");
            return this;
        }

        /**
         * Sets the rule that decided the class; required.
         *
         * @param decision the decision
         * @return this builder
         */
        public Builder decision(Decision decision) {
            this.decision = Objects.requireNonNull(decision, "decision");
            return this;
        }

        /**
         * Sets the instant the dossier ended; required unless the class is pending.
         *
         * @param end the end instant
         * @return this builder
         */
        public Builder end(Instant end) {
            this.end = Objects.requireNonNull(end, "end");
            return this;
        }

        /**
         * Sets the instant the dossier ended, or none for a dossier pending at the report date.
         *
         * @param end the end instant, or empty
         * @return this builder
         */
        public Builder end(Optional<Instant> end) {
            this.end = Objects.requireNonNull(end, "end").orElse(null);
            return this;
        }

        /**
         * Sets the due date the end, or the report date, was compared with.
         *
         * @param dueDate the due date
         * @return this builder
         */
        public Builder dueDate(LocalDate dueDate) {
            this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
            return this;
        }

        /**
         * Sets the due date the end, or the report date, was compared with, or none while the body
         * waited for the applicant.
         *
         * @param dueDate the due date, or empty
         * @return this builder
         */
        public Builder dueDate(Optional<LocalDate> dueDate) {
            this.dueDate = Objects.requireNonNull(dueDate, "dueDate").orElse(null);
            return this;
        }

        /**
         * Sets how many working days after its due date a late dossier ended, or an overdue one was
         * still pending at the report date; zero by default.
         *
         * @param latenessWorkingDays the working days, zero or more
         * @return this builder
         * @throws InvalidValueException if the working days are negative
         */
        public Builder latenessWorkingDays(int latenessWorkingDays) {
            if (latenessWorkingDays < 0) {
                throw invalid(
                        dossierId == null ? "" : dossierId,
                        "latenessWorkingDays",
                        latenessWorkingDays,
                        "must not be negative");
            }
            this.latenessWorkingDays = latenessWorkingDays;
            return this;
        }

        /**
         * Excuses a late dossier in the adjusted figures, where it counts as {@link
         * Timeliness#ON_TIME}; not excused by default.
         *
         * @param excusalReason why the dossier is excused, quoted from the excusal; not blank
         * @return this builder
         * @throws InvalidValueException if the reason is blank
         */
        public Builder excusalReason(String excusalReason) {
            Objects.requireNonNull(excusalReason, "excusalReason");
            if (excusalReason.isBlank()) {
                throw invalid(
                        dossierId == null ? "" : dossierId,
                        "excusalReason",
                        "'" + excusalReason + "'",
                        "must not be blank: give the excusal's reason, or none when the dossier is not excused");
            }
            this.excusalReason = excusalReason;
            return this;
        }

        /**
         * Excuses a late dossier in the adjusted figures with the reason given, or not at all when it
         * is empty.
         *
         * @param excusalReason why the dossier is excused, or empty
         * @return this builder
         * @throws InvalidValueException if the reason is blank
         */
        public Builder excusalReason(Optional<String> excusalReason) {
            Objects.requireNonNull(excusalReason, "excusalReason");
            if (excusalReason.isPresent()) {
                return excusalReason(excusalReason.get());
            }
            this.excusalReason = null;
            return this;
        }

        /**
         * Sets the findings on the dossier's record; none by default.
         *
         * @param findings the findings
         * @return this builder
         */
        public Builder findings(List<DeadlineFinding> findings) {
            this.findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
            return this;
        }

        /**
         * Builds the verdict.
         *
         * @return the verdict
         * @throws IllegalStateException if the dossier id, the report date, the class or the
         *     decision is not set
         * @throws InvalidValueException if the parts disagree, as listed on {@link Builder}
         */
        public Verdict build() {
            return new Verdict(this);
        }
    }
}
