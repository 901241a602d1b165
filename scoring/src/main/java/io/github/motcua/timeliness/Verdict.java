package io.github.motcua.timeliness;

import io.github.motcua.deadline.DeadlineFinding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dossier's class at a report date, with what decided it: the end instant used, the due date, the
 * lateness, the class in the adjusted figures when an excusal applies, the rule in words, and the
 * findings on the record.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Verdict {
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

    Verdict(
            String dossierId,
            Timeliness timeliness,
            Timeliness adjusted,
            @Nullable Instant end,
            @Nullable LocalDate dueDate,
            int latenessWorkingDays,
            @Nullable String excusalReason,
            Decision decision,
            LocalDate reportDate,
            List<DeadlineFinding> findings) {
        this.dossierId = dossierId;
        this.timeliness = timeliness;
        this.adjusted = adjusted;
        this.end = end;
        this.dueDate = dueDate;
        this.latenessWorkingDays = latenessWorkingDays;
        this.excusalReason = excusalReason;
        this.decision = decision;
        this.reportDate = reportDate;
        this.findings = findings;
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
}
