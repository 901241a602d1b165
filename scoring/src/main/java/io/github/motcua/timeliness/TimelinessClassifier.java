package io.github.motcua.timeliness;

import io.github.motcua.VietnamTime;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.Deadline;
import io.github.motcua.deadline.DeadlineFinding;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.deadline.FindingKind;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierExcusal;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.excusal.ExcusalRule;
import io.github.motcua.procedure.Procedure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Gives every dossier exactly one class at a report date, by the rules of docs/rules.md §2.5 to
 * §2.6, and says which rule decided.
 *
 * <pre>{@code
 * TimelinessClassifier classifier = TimelinessClassifier.builder()
 *         .deadlineRules(rules)
 *         .excusals(List.of(outage))
 *         .build();
 * Verdict verdict = classifier.classify(dossier, LocalDate.of(2023, 12, 14));
 * }</pre>
 *
 * <ul>
 *   <li>A dossier that ended by the report date is classed by its outcome: refused, withdrawn and
 *       stopped in their own classes; a resolved dossier by comparing its end (the
 *       {@link EndInstantPolicy}) with its due date ({@link Granularity}): before is early, on it
 *       on time, after it late.
 *   <li>Any other dossier is pending: within its deadline while the body waits for the applicant or
 *       while the report date is not after the due date, overdue otherwise.
 *   <li>A late dossier is excused in the adjusted figures by its own excusal, or by an excusal
 *       interval under the {@link ExcusalRule}; it stays late in the official figures.
 *   <li>Under {@link RepeatedSupplementPolicy#COUNTED_OVERDUE}, a dossier with more than one
 *       supplement request is late, or pending overdue, whatever its dates.
 * </ul>
 *
 * <p>Classification is a pure function of the dossier, its deadline and the report date: the same
 * inputs always give the same verdict. This class is immutable and thread-safe.
 */
public final class TimelinessClassifier {
    private final DeadlineRules rules;
    private final WorkingCalendar calendar;
    private final List<ExcusalInterval> excusals;
    private final ExcusalRule excusalRule;
    private final EndInstantPolicy endInstantPolicy;
    private final Granularity granularity;
    private final Attribution attribution;
    private final RepeatedSupplementPolicy repeatedSupplements;
    private final ExtensionPolicy extensionPolicy;

    private TimelinessClassifier(Builder builder) {
        this.rules = Objects.requireNonNull(builder.rules, "deadlineRules");
        this.calendar = rules.calendar();
        this.excusals = List.copyOf(builder.excusals);
        this.excusalRule = builder.excusalRule;
        this.endInstantPolicy = builder.endInstantPolicy;
        this.granularity = builder.granularity;
        this.attribution = builder.attribution;
        this.repeatedSupplements = builder.repeatedSupplements;
        this.extensionPolicy = builder.extensionPolicy;
    }

    /**
     * Returns a new builder; the deadline rules are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the end-instant policy.
     *
     * @return the policy
     */
    public EndInstantPolicy endInstantPolicy() {
        return endInstantPolicy;
    }

    /**
     * Returns how ends are compared with due dates.
     *
     * @return the granularity
     */
    public Granularity granularity() {
        return granularity;
    }

    /**
     * Returns the rule that decides which late dossiers an interval excuses.
     *
     * @return the excusal rule
     */
    public ExcusalRule excusalRule() {
        return excusalRule;
    }

    /**
     * Returns the excusal intervals.
     *
     * @return the intervals
     */
    public List<ExcusalInterval> excusals() {
        return excusals;
    }

    /**
     * Returns what more than one supplement request does to a dossier's class.
     *
     * @return the policy
     */
    public RepeatedSupplementPolicy repeatedSupplements() {
        return repeatedSupplements;
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
     * Returns which unit a dossier counts under, for excusal intervals scoped to units.
     *
     * @return the attribution
     */
    public Attribution attribution() {
        return attribution;
    }

    /**
     * Returns this classifier under a classification policy, such as the one a scoring scheme's
     * figures need: the policy's rules replace this classifier's, everything else is kept.
     *
     * @param policy the policy
     * @return a classifier that differs from this one in the policy's rules alone; this classifier
     *     when the policy changes nothing
     */
    public TimelinessClassifier under(ClassificationPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (policy.equals(ClassificationPolicy.asConfigured())) {
            return this;
        }
        return builder()
                .deadlineRules(policy.supplementPolicy()
                        .map(rules::withSupplementPolicy)
                        .orElse(rules))
                .repeatedSupplements(policy.repeatedSupplements().orElse(repeatedSupplements))
                .excusals(excusals)
                .excusalRule(excusalRule)
                .endInstantPolicy(endInstantPolicy)
                .granularity(granularity)
                .attribution(attribution)
                .extensionPolicy(extensionPolicy)
                .build();
    }

    /**
     * Classifies a dossier at a report date, computing its deadline from the record as it stood on
     * that date: a supplement request or an answer after the report date is not yet known.
     *
     * @param dossier the dossier, received by the report date
     * @param reportDate the last day of the reporting window
     * @return the verdict
     * @throws IllegalArgumentException if the dossier was received after the report date
     * @throws io.github.motcua.deadline.UnknownProcedureException if its procedure is unknown
     */
    public Verdict classify(Dossier dossier, LocalDate reportDate) {
        return classify(dossier, deadlineOn(dossier, reportDate), reportDate);
    }

    /**
     * Computes a dossier's deadline from its record as it stood at the end of a report date: a
     * supplement request or an answer after that date is not yet known. This is the deadline that
     * {@link #classify(Dossier, Deadline, LocalDate)} needs, for callers that compute deadlines
     * ahead of classifying.
     *
     * @param dossier the dossier
     * @param reportDate the report date
     * @return the deadline as known on the report date
     * @throws io.github.motcua.deadline.UnknownProcedureException if its procedure is unknown
     */
    public Deadline deadlineOn(Dossier dossier, LocalDate reportDate) {
        return rules.deadlineOn(dossier, reportDate);
    }

    /**
     * Classifies a dossier at a report date with a deadline already computed by
     * {@link #deadlineOn(Dossier, LocalDate)} for the same report date.
     *
     * @param dossier the dossier, received by the report date
     * @param deadline its deadline as known on the report date
     * @param reportDate the last day of the reporting window
     * @return the verdict
     * @throws IllegalArgumentException if the dossier was received after the report date, or the
     *     deadline is another dossier's
     */
    public Verdict classify(Dossier dossier, Deadline deadline, LocalDate reportDate) {
        long reportDay = reportDate.toEpochDay();
        requireClassifiable(dossier, deadline, reportDay, reportDate);
        Outcome outcome = dossier.outcome().orElse(null);
        if (outcome == null) {
            Verdict repeated = repeatedSupplements == RepeatedSupplementPolicy.COUNTED_OVERDUE
                    ? repeated(dossier, null, deadline, null, reportDate, deadline.findings())
                    : null;
            return repeated != null ? repeated : pending(dossier, deadline, reportDate, deadline.findings());
        }
        Instant ready = dossier.resultReadyAt().orElse(null);
        Instant returned = dossier.returnedAt().orElse(null);
        List<DeadlineFinding> findings = deadline.findings();
        if (outcome == Outcome.RESOLVED
                && returned == null
                && ready != null
                && VietnamTime.epochDayOf(ready) <= reportDay) {
            findings = withNotReturned(deadline, ready);
        }
        Instant end = endInstantPolicy.endOf(outcome, ready, returned);
        if (end != null && VietnamTime.epochDayOf(end) > reportDay) {
            end = null; // ended after the report date: pending on it
        }
        if (end != null && outcome == Outcome.RESOLVED) {
            findings = withBrokenPromise(deadline, findings, end);
        }
        if (repeatedSupplements == RepeatedSupplementPolicy.COUNTED_OVERDUE) {
            Verdict repeated = repeated(dossier, outcome, deadline, end, reportDate, findings);
            if (repeated != null) {
                return repeated;
            }
        }
        return end != null
                ? ended(dossier, outcome, deadline, end, reportDate, findings)
                : pending(dossier, deadline, reportDate, findings);
    }

    /**
     * Classifies a dossier at a report date without building its deadline or verdict, when the
     * verdict is plain: the deadline is {@linkplain DeadlineRules#plainDue plain}, the verdict adds
     * no finding of its own, and the dossier is not excused. This is the common case; a report over
     * millions of dossiers needs only the class of most of them.
     *
     * @param dossier the dossier, received by the report date
     * @param reportDate the last day of the reporting window
     * @return the class that {@link #classify(Dossier, LocalDate)} gives, or {@code null} when the
     *     verdict is not plain: then classify it with {@link #classify(Dossier, LocalDate)}
     * @throws IllegalArgumentException if the dossier was received after the report date
     * @throws io.github.motcua.deadline.UnknownProcedureException if its procedure is unknown
     */
    public @Nullable Timeliness plainTimeliness(Dossier dossier, LocalDate reportDate) {
        long reportDay = reportDate.toEpochDay();
        requireReceivedBy(dossier, reportDay, reportDate);
        Procedure procedure = rules.procedureOf(dossier);
        Instant due = rules.plainDue(dossier, procedure);
        if (due == null) {
            return null;
        }
        long dueDay = VietnamTime.epochDayOf(due);
        boolean byInstant = granularity.byInstant(procedure.processingTime().unit());
        Outcome outcome = dossier.outcome().orElse(null);
        if (outcome == null) {
            return pending(reportDay, dueDay, byInstant).classes().get(0);
        }
        Instant ready = dossier.resultReadyAt().orElse(null);
        Instant returned = dossier.returnedAt().orElse(null);
        if (outcome == Outcome.RESOLVED
                && returned == null
                && ready != null
                && VietnamTime.epochDayOf(ready) <= reportDay) {
            return null; // a finding: ended, not returned
        }
        Instant end = endInstantPolicy.endOf(outcome, ready, returned);
        if (end == null || VietnamTime.epochDayOf(end) > reportDay) {
            return pending(reportDay, dueDay, byInstant).classes().get(0);
        }
        if (outcome != Outcome.RESOLVED) {
            return closed(outcome);
        }
        Timeliness timeliness =
                resolved(end, dueDay, byInstant ? due : null).classes().get(0);
        boolean excused = timeliness == Timeliness.LATE
                && excusal(dossier, LocalDate.ofEpochDay(dueDay), VietnamTime.dateOf(end))
                        .isPresent();
        return excused ? null : timeliness;
    }

    /** Under {@link RepeatedSupplementPolicy#COUNTED_OVERDUE}, the class a dossier with several requests takes. */
    private @Nullable Verdict repeated(
            Dossier dossier,
            @Nullable Outcome outcome,
            Deadline deadline,
            @Nullable Instant end,
            LocalDate reportDate,
            List<DeadlineFinding> findings) {
        if (dossier.supplementRequests().stream()
                                .filter(request -> !VietnamTime.dateOf(request.requestedAt())
                                        .isAfter(reportDate))
                                .count()
                        < 2
                || (outcome != null && outcome != Outcome.RESOLVED && end != null)) {
            return null;
        }
        Timeliness timeliness = end == null ? Timeliness.PENDING_OVERDUE : Timeliness.LATE;
        LocalDate due = judgedDueDate(deadline).orElse(null);
        LocalDate last = end == null ? reportDate : VietnamTime.dateOf(end);
        int lateness = due != null && last.isAfter(due) ? calendar.workingDaysBetween(due, last) : 0;
        return Verdict.builder()
                .dossierId(dossier.id())
                .reportDate(reportDate)
                .timeliness(timeliness)
                .decision(Decision.REPEATED_SUPPLEMENT_REQUESTS)
                .end(Optional.ofNullable(end))
                .dueDate(Optional.ofNullable(due))
                .latenessWorkingDays(lateness)
                .findings(findings)
                .build();
    }

    private static void requireClassifiable(Dossier dossier, Deadline deadline, long reportDay, LocalDate reportDate) {
        if (!deadline.dossierId().equals(dossier.id())) {
            throw new IllegalArgumentException("the deadline of dossier '" + deadline.dossierId()
                    + "' was given to classify dossier '" + dossier.id() + "'");
        }
        requireReceivedBy(dossier, reportDay, reportDate);
    }

    private static void requireReceivedBy(Dossier dossier, long reportDay, LocalDate reportDate) {
        if (VietnamTime.epochDayOf(dossier.receivedAt()) > reportDay) {
            throw new IllegalArgumentException("Dossier '" + dossier.id() + "' was received on "
                    + dossier.receivedDate() + ", after the report date " + reportDate);
        }
    }

    private Verdict pending(Dossier dossier, Deadline deadline, LocalDate reportDate, List<DeadlineFinding> findings) {
        LocalDate due = judgedDueDate(deadline).orElse(null);
        if (due == null) {
            return Verdict.builder()
                    .dossierId(dossier.id())
                    .reportDate(reportDate)
                    .timeliness(Timeliness.PENDING_WITHIN)
                    .decision(Decision.WAITING_FOR_APPLICANT)
                    .findings(findings)
                    .build();
        }
        Decision decision = pending(reportDate.toEpochDay(), due.toEpochDay(), byInstant(deadline));
        boolean overdue = decision != Decision.PENDING_NOT_PAST_DUE_DATE;
        return Verdict.builder()
                .dossierId(dossier.id())
                .reportDate(reportDate)
                .timeliness(decision.classes().get(0))
                .decision(decision)
                .dueDate(due)
                .latenessWorkingDays(overdue ? calendar.workingDaysBetween(due, reportDate) : 0)
                .findings(findings)
                .build();
    }

    private Verdict ended(
            Dossier dossier,
            Outcome outcome,
            Deadline deadline,
            Instant end,
            LocalDate reportDate,
            List<DeadlineFinding> findings) {
        if (outcome != Outcome.RESOLVED) {
            return Verdict.builder()
                    .dossierId(dossier.id())
                    .reportDate(reportDate)
                    .timeliness(closed(outcome))
                    .decision(Decision.CLOSED_WITHOUT_RESULT)
                    .end(end)
                    .dueDate(deadline.dueDate())
                    .findings(findings)
                    .build();
        }
        Optional<LocalDate> dueDate = judgedDueDate(deadline);
        if (dueDate.isEmpty()) {
            throw new IllegalStateException(
                    "Dossier '" + dossier.id() + "' is resolved but its deadline waits for the applicant");
        }
        LocalDate due = dueDate.get();
        Decision decision = resolved(
                end,
                due.toEpochDay(),
                byInstant(deadline) ? deadline.dueInstant().orElseThrow() : null);
        Timeliness timeliness = decision.classes().get(0);
        if (timeliness != Timeliness.LATE) {
            return Verdict.builder()
                    .dossierId(dossier.id())
                    .reportDate(reportDate)
                    .timeliness(timeliness)
                    .decision(decision)
                    .end(end)
                    .dueDate(due)
                    .findings(findings)
                    .build();
        }
        LocalDate endDate = VietnamTime.dateOf(end);
        return Verdict.builder()
                .dossierId(dossier.id())
                .reportDate(reportDate)
                .timeliness(Timeliness.LATE)
                .decision(decision)
                .end(end)
                .dueDate(due)
                .latenessWorkingDays(calendar.workingDaysBetween(due, endDate))
                .excusalReason(excusal(dossier, due, endDate))
                .findings(findings)
                .build();
    }

    /** The class of a dossier closed without a result. */
    private static Timeliness closed(Outcome outcome) {
        return switch (outcome) {
            case REFUSED -> Timeliness.REFUSED;
            case WITHDRAWN -> Timeliness.WITHDRAWN;
            case STOPPED -> Timeliness.STOPPED;
            case RESOLVED -> throw new IllegalArgumentException("a resolved dossier is not closed without a result");
        };
    }

    /**
     * The rule that decides a dossier pending on a report date, against its due date: by instant, a
     * dossier still pending at the end of its due date is past its due instant.
     */
    private static Decision pending(long reportDay, long dueDay, boolean byInstant) {
        if (reportDay > dueDay) {
            return Decision.PENDING_PAST_DUE_DATE;
        }
        return reportDay == dueDay && byInstant
                ? Decision.PENDING_PAST_DUE_INSTANT
                : Decision.PENDING_NOT_PAST_DUE_DATE;
    }

    /**
     * The rule that decides a resolved dossier, comparing its end with its due date, and with its due
     * instant on that date when one is given (when it is compared by instant).
     */
    private static Decision resolved(Instant end, long dueDay, @Nullable Instant dueInstant) {
        long endDay = VietnamTime.epochDayOf(end);
        if (endDay != dueDay) {
            return endDay < dueDay ? Decision.ENDED_BEFORE_DUE_DATE : Decision.ENDED_AFTER_DUE_DATE;
        }
        return dueInstant != null && end.isAfter(dueInstant)
                ? Decision.ENDED_AFTER_DUE_INSTANT
                : Decision.ENDED_ON_DUE_DATE;
    }

    /** The reason of the dossier's own excusal, or else of the first interval that excuses it. */
    private Optional<String> excusal(Dossier dossier, LocalDate due, LocalDate endDate) {
        Optional<DossierExcusal> own = dossier.excusal();
        if (own.isPresent()) {
            return Optional.of(own.get().reasonText());
        }
        String unit = attribution.unitOf(dossier);
        for (ExcusalInterval interval : excusals) {
            if (excusalRule.excuses(interval, unit, due, endDate, calendar)) {
                return Optional.of(interval.reason());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a dossier is compared with its due instant: by the granularity for its procedure's
     * unit, and never when it is judged against a promise (a promised date has no instant, even when
     * it falls on the due date).
     */
    private boolean byInstant(Deadline deadline) {
        return granularity.byInstant(deadline.processingTime().unit())
                && !(extensionPolicy == ExtensionPolicy.PROMISED_DATE
                        && deadline.promisedDate().isPresent());
    }

    /** The date a dossier is judged against: the promised one under {@link ExtensionPolicy#PROMISED_DATE}. */
    private Optional<LocalDate> judgedDueDate(Deadline deadline) {
        Optional<LocalDate> due = deadline.dueDate();
        if (extensionPolicy == ExtensionPolicy.ORIGINAL_DUE_DATE || due.isEmpty()) {
            return due;
        }
        Optional<LocalDate> promised = deadline.promisedDate();
        return promised.isPresent() ? promised : due;
    }

    /** The findings with {@link FindingKind#PROMISE_BROKEN} when a resolved dossier ended after its promised date. */
    private List<DeadlineFinding> withBrokenPromise(Deadline deadline, List<DeadlineFinding> findings, Instant end) {
        Optional<LocalDate> promise = deadline.promisedDate();
        if (promise.isEmpty()) {
            return findings;
        }
        LocalDate promised = promise.get();
        LocalDate endDate = VietnamTime.dateOf(end);
        if (!endDate.isAfter(promised)) {
            return findings;
        }
        List<DeadlineFinding> broken = new ArrayList<>(findings);
        broken.add(DeadlineFinding.of(
                FindingKind.PROMISE_BROKEN,
                "the apology promised " + promised + "; ended " + endDate + ", "
                        + calendar.workingDaysBetween(promised, endDate) + " working days later"));
        return List.copyOf(broken);
    }

    private static List<DeadlineFinding> withNotReturned(Deadline deadline, Instant ready) {
        List<DeadlineFinding> findings = new ArrayList<>(deadline.findings());
        findings.add(DeadlineFinding.of(
                FindingKind.ENDED_NOT_RETURNED,
                "result ready " + VietnamTime.dateOf(ready) + ", not returned to the applicant"));
        return List.copyOf(findings);
    }

    /** Builds classifiers; every policy has its documented default. */
    public static final class Builder {
        private @Nullable DeadlineRules rules;
        private List<ExcusalInterval> excusals = List.of();
        private ExcusalRule excusalRule = ExcusalRule.DUE_IN_INTERVAL;
        private EndInstantPolicy endInstantPolicy = EndInstantPolicy.RESULT_READY_ELSE_RETURNED;
        private Granularity granularity = Granularity.BY_PROCESSING_TIME;
        private Attribution attribution = Attribution.RESOLVING_UNIT;
        private RepeatedSupplementPolicy repeatedSupplements = RepeatedSupplementPolicy.FINDING_ONLY;
        private ExtensionPolicy extensionPolicy = ExtensionPolicy.ORIGINAL_DUE_DATE;

        Builder() {}

        /**
         * Sets which date a dossier extended with an apology is judged against;
         * {@link ExtensionPolicy#ORIGINAL_DUE_DATE} by default.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder extensionPolicy(ExtensionPolicy policy) {
            this.extensionPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets what more than one supplement request does to a dossier's class;
         * {@link RepeatedSupplementPolicy#FINDING_ONLY} by default.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder repeatedSupplements(RepeatedSupplementPolicy policy) {
            this.repeatedSupplements = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the deadline rules, which also give the working calendar.
         *
         * @param rules the rules
         * @return this builder
         */
        public Builder deadlineRules(DeadlineRules rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Sets the excusal intervals; none by default.
         *
         * @param excusals the intervals
         * @return this builder
         */
        public Builder excusals(List<ExcusalInterval> excusals) {
            this.excusals = List.copyOf(excusals);
            return this;
        }

        /**
         * Sets the excusal rule; {@link ExcusalRule#DUE_IN_INTERVAL} by default.
         *
         * @param excusalRule the rule
         * @return this builder
         */
        public Builder excusalRule(ExcusalRule excusalRule) {
            this.excusalRule = Objects.requireNonNull(excusalRule, "excusalRule");
            return this;
        }

        /**
         * Sets the end-instant policy; {@link EndInstantPolicy#RESULT_READY_ELSE_RETURNED} by default.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder endInstantPolicy(EndInstantPolicy policy) {
            this.endInstantPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the comparison granularity; {@link Granularity#BY_PROCESSING_TIME} by default.
         *
         * @param granularity the granularity
         * @return this builder
         */
        public Builder granularity(Granularity granularity) {
            this.granularity = Objects.requireNonNull(granularity, "granularity");
            return this;
        }

        /**
         * Sets which unit a dossier counts under; {@link Attribution#RESOLVING_UNIT} by default.
         *
         * @param attribution the attribution
         * @return this builder
         */
        public Builder attribution(Attribution attribution) {
            this.attribution = Objects.requireNonNull(attribution, "attribution");
            return this;
        }

        /**
         * Builds the classifier.
         *
         * @return the classifier
         * @throws NullPointerException if the deadline rules are missing
         */
        public TimelinessClassifier build() {
            return new TimelinessClassifier(this);
        }
    }
}
