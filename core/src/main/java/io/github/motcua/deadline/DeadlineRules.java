package io.github.motcua.deadline;

import io.github.motcua.CalendarRangeException;
import io.github.motcua.VietnamTime;
import io.github.motcua.calendar.CalendarEntry;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Extension;
import io.github.motcua.dossier.SupplementRequest;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcedureStep;
import io.github.motcua.procedure.ProcessingTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Computes the deadline of each dossier from the processing time of its procedure, with the working
 * calendar and the named policies.
 *
 * <pre>{@code
 * DeadlineRules rules = DeadlineRules.builder()
 *         .calendar(VietnamCalendars.official())
 *         .catalogue(catalogue)
 *         .build();
 * Deadline deadline = rules.deadline(dossier);
 * }</pre>
 *
 * <p>The rules (docs/rules.md §2.2 to §2.4):
 *
 * <ul>
 *   <li>The day of receipt is not counted (Civil Code 2015 Điều 147): N working days end on the
 *       N-th working day after the receipt; N calendar days end N days after it, moved to the next
 *       working day when that is not one (Điều 148); N working hours run inside the working
 *       sessions; a same-day procedure is due at the end of the day's working hours.
 *   <li>A dossier received outside working hours or on a day off counts from the next working
 *       session; with a cut-off time, one received after it (on a working day or, through the next
 *       session, on a day off) counts from the first session of the next working day. So a later
 *       receipt never gets an earlier due instant, and no due instant is before its receipt.
 *   <li>Supplement requests: {@link SupplementPolicy#RESTART} counts the processing time again
 *       from the answer to the last request; {@link SupplementPolicy#PAUSE} moves the due date by
 *       the time between each request and its answer. While a request is unanswered there is no
 *       due date. The policy is the legal edition's unless set here. A request sent after the due
 *       date (the due instant, for working hours and the same day), or more than 3 working days
 *       after the clock started (NĐ 61/2018/NĐ-CP Điều 19.4), moves nothing under the default
 *       {@link LateRequestPolicy#KEEPS_DUE_DATE}.
 *   <li>Extensions do not move the due date; the promised date is kept. A second extension, and an
 *       apology issued less than one working day before the date it extends, are findings.
 *   <li>An appointment date printed on the receipt that differs from the original due date is a
 *       finding; so are more than one supplement request, a late request, and a provisional day
 *       off between the receipt and the due date.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeadlineRules {
    /** A supplement request is sent within 3 working days of the receipt: NĐ 61/2018/NĐ-CP Điều 19.4. */
    static final int SUPPLEMENT_REQUEST_WORKING_DAYS = 3;

    private final WorkingCalendar calendar;
    private final ProcedureCatalogue catalogue;
    private final Optional<SupplementPolicy> supplementPolicy;
    private final Optional<LegalEdition> edition;
    private final LateRequestPolicy lateRequests;

    private DeadlineRules(Builder builder) {
        this.calendar = Objects.requireNonNull(builder.calendar, "calendar");
        this.catalogue = Objects.requireNonNull(builder.catalogue, "catalogue");
        this.supplementPolicy = builder.supplementPolicy;
        this.edition = builder.edition;
        this.lateRequests = builder.lateRequests;
    }

    /**
     * Returns a new builder; the calendar and the catalogue are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the working calendar the rules count with.
     *
     * @return the calendar
     */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * Computes a dossier's deadline from its record as it stood at the end of a report date
     * ({@link Dossier#asKnownOn(LocalDate)}): a supplement request or an answer after that date is
     * not yet known, so a report's verdicts never depend on what happened after it was made.
     *
     * @param dossier the dossier
     * @param reportDate the report date
     * @return its deadline as known on the report date
     * @throws UnknownProcedureException if the catalogue has no version of its procedure in force on
     *     the day it was received
     * @throws CalendarRangeException if a day involved is outside the calendar; the message names the
     *     dossier
     */
    public Deadline deadlineOn(Dossier dossier, LocalDate reportDate) {
        return deadline(dossier.asKnownOn(reportDate));
    }

    /**
     * Returns these rules with a supplement policy for every dossier, in place of each legal
     * edition's own or of the one set before.
     *
     * @param policy the policy
     * @return rules that differ from these in the supplement policy alone
     */
    public DeadlineRules withSupplementPolicy(SupplementPolicy policy) {
        Builder builder = builder()
                .calendar(calendar)
                .catalogue(catalogue)
                .supplementPolicy(policy)
                .lateRequests(lateRequests);
        edition.ifPresent(builder::edition);
        return builder.build();
    }

    /**
     * Computes a dossier's deadline.
     *
     * @param dossier the dossier
     * @return its deadline
     * @throws UnknownProcedureException if the catalogue has no version of its procedure in force on
     *     the day it was received
     * @throws CalendarRangeException if a day involved is outside the calendar; the message names the
     *     dossier
     */
    public Deadline deadline(Dossier dossier) {
        try {
            return compute(dossier);
        } catch (CalendarRangeException outside) {
            throw named(dossier, outside);
        }
    }

    private static CalendarRangeException named(Dossier dossier, CalendarRangeException outside) {
        CalendarRangeException named = new CalendarRangeException(
                "Dossier '" + dossier.id() + "': " + outside.getMessage(), outside.date(), outside.range());
        named.initCause(outside);
        return named;
    }

    /**
     * Returns the version of a dossier's procedure that its deadline counts with: the catalogue's
     * version in force on the day the dossier was received.
     *
     * @param dossier the dossier
     * @return the procedure
     * @throws UnknownProcedureException if the catalogue has no version of the procedure in force on
     *     that day
     */
    public Procedure procedureOf(Dossier dossier) {
        return catalogue
                .find(dossier.procedureCode(), VietnamTime.epochDayOf(dossier.receivedAt()))
                .orElseThrow(() ->
                        new UnknownProcedureException(dossier.id(), dossier.procedureCode(), dossier.receivedDate()));
    }

    /**
     * Computes a dossier's due instant without building its {@link Deadline}, when the deadline is
     * plain: the dossier has no supplement request and no extension, the appointment date printed
     * on its receipt, if any, is the computed due date, and no provisional day off falls between
     * the receipt and the due date. Such a deadline has no finding and is the same on every report
     * date; its {@link Deadline#dueInstant()} is the instant returned here. This is the common
     * case, for paths that classify millions of dossiers and need only the due instant.
     *
     * @param dossier the dossier
     * @param procedure its procedure, as {@link #procedureOf(Dossier)} returns it
     * @return the due instant, or {@code null} when the deadline is not plain: then compute it with
     *     {@link #deadline(Dossier)} or {@link #deadlineOn(Dossier, LocalDate)}
     * @throws CalendarRangeException if a day involved is outside the calendar; the message names the
     *     dossier
     */
    public @Nullable Instant plainDue(Dossier dossier, Procedure procedure) {
        if (!dossier.supplementRequests().isEmpty() || !dossier.extensions().isEmpty()) {
            return null;
        }
        try {
            Instant due = due(clockStart(dossier.receivedAt(), procedure), procedure.processingTime());
            long dueDay = VietnamTime.epochDayOf(due);
            LocalDate printed = dossier.appointmentDate().orElse(null);
            boolean plain = (printed == null || printed.toEpochDay() == dueDay)
                    && !calendar.hasProvisionalEntries(VietnamTime.epochDayOf(dossier.receivedAt()), dueDay);
            return plain ? due : null;
        } catch (CalendarRangeException outside) {
            throw named(dossier, outside);
        }
    }

    private Deadline compute(Dossier dossier) {
        LocalDate receiptDate = dossier.receivedDate();
        Procedure procedure = procedureOf(dossier);
        LegalEdition legalEdition = edition.isPresent() ? edition.get() : LegalEdition.forReceiptDate(receiptDate);
        SupplementPolicy policy = supplementPolicy.orElse(legalEdition.defaultSupplementPolicy());
        ProcessingTime time = procedure.processingTime();
        Instant receiptStart = clockStart(dossier.receivedAt(), procedure);
        Instant original = due(receiptStart, time);
        LocalDate originalDueDate = VietnamTime.dateOf(original);
        ImmutableDeadline.Builder deadline = Deadline.builder();
        List<SupplementRequest> requests = dossier.supplementRequests();
        Clock clock =
                requests.isEmpty() ? null : supplemented(requests, procedure, policy, receiptStart, original, deadline);
        Instant clockStart = clock == null ? receiptStart : clock.start();
        Optional<Instant> dueInstant = clock == null ? Optional.of(original) : Optional.ofNullable(clock.due());
        Optional<LocalDate> dueDate =
                dueInstant.map(due -> due.equals(original) ? originalDueDate : VietnamTime.dateOf(due));
        List<Extension> extensions = dossier.extensions();
        deadline.dossierId(dossier.id())
                .procedureCode(procedure.code())
                .edition(legalEdition)
                .supplementPolicy(policy)
                .processingTime(time)
                .clockStart(clockStart)
                .originalDueDate(originalDueDate)
                .dueDate(dueDate)
                .dueInstant(dueInstant)
                .promisedDate(
                        extensions.isEmpty()
                                ? Optional.empty()
                                : Optional.of(
                                        extensions.get(extensions.size() - 1).newAppointmentDate()));
        if (!procedure.steps().isEmpty()) { // the builder's empty list otherwise: no iterator per dossier
            deadline.steps(steps(procedure, receiptStart));
        }
        LocalDate printed = dossier.appointmentDate().orElse(null);
        if (printed != null && !printed.equals(originalDueDate)) {
            deadline.addFindings(DeadlineFinding.of(
                    FindingKind.APPOINTMENT_DATE_DIFFERS, "printed " + printed + ", computed " + originalDueDate));
        }
        extensionFindings(extensions, dueDate, deadline);
        provisionalFindings(receiptDate, dueDate.orElse(originalDueDate), deadline);
        return deadline.build();
    }

    /** Where the clock starts after the supplement requests, and the due instant: none while it waits. */
    private record Clock(Instant start, @Nullable Instant due) {}

    /**
     * The clock after the supplement requests: each request taken in order against the due date the
     * earlier ones left; a late one moves nothing under {@link LateRequestPolicy#KEEPS_DUE_DATE}.
     */
    private Clock supplemented(
            List<SupplementRequest> requests,
            Procedure procedure,
            SupplementPolicy policy,
            Instant receiptStart,
            Instant original,
            ImmutableDeadline.Builder deadline) {
        if (requests.size() > 1) {
            deadline.addFindings(DeadlineFinding.of(
                    FindingKind.MULTIPLE_SUPPLEMENT_REQUESTS, requests.size() + " supplement requests"));
        }
        ProcessingTime time = procedure.processingTime();
        boolean timed = time.unit().isTimed();
        List<SupplementRequest> moving = new ArrayList<>(requests.size());
        Instant clockStart = receiptStart;
        LocalDate window = window(clockStart);
        Instant due = original;
        for (int i = 0; i < requests.size() && due != null; i++) {
            SupplementRequest request = requests.get(i);
            if (isLate(i, request, window, due, timed, deadline) && lateRequests == LateRequestPolicy.KEEPS_DUE_DATE) {
                continue;
            }
            moving.add(request);
            if (request.answeredAt().isEmpty()) {
                due = null; // the clock waits for the applicant
            } else if (policy == SupplementPolicy.RESTART) {
                clockStart = clockStart(answer(request), procedure);
                window = window(clockStart); // the answer counts as a new receipt
                due = due(clockStart, time);
            } else {
                due = paused(receiptStart, original, moving, time);
            }
        }
        return new Clock(clockStart, due);
    }

    /** The last day to request a supplement for a clock started at an instant (NĐ 61/2018/NĐ-CP Điều 19.4). */
    private LocalDate window(Instant clockStart) {
        return calendar.plusWorkingDays(VietnamTime.dateOf(clockStart), SUPPLEMENT_REQUEST_WORKING_DAYS);
    }

    /**
     * Tells whether a supplement request was sent late, after the supplement window or after the
     * due date in force when it was sent (after the due instant, for a procedure counted in working
     * hours or the same day), adding a finding for each.
     */
    private static boolean isLate(
            int index,
            SupplementRequest request,
            LocalDate window,
            Instant due,
            boolean timed,
            ImmutableDeadline.Builder deadline) {
        long requested = VietnamTime.epochDayOf(request.requestedAt());
        boolean outsideWindow = requested > window.toEpochDay();
        if (outsideWindow) {
            deadline.addFindings(DeadlineFinding.of(
                    FindingKind.SUPPLEMENT_REQUESTED_LATE,
                    "request " + (index + 1) + " sent " + LocalDate.ofEpochDay(requested) + "; it was due by " + window
                            + " (3 working days after the clock started)"));
        }
        boolean afterDue = timed ? request.requestedAt().isAfter(due) : requested > VietnamTime.epochDayOf(due);
        if (afterDue) {
            deadline.addFindings(DeadlineFinding.of(
                    FindingKind.SUPPLEMENT_REQUESTED_AFTER_DUE_DATE,
                    timed
                            ? "request " + (index + 1) + " sent " + VietnamTime.format(request.requestedAt())
                                    + ", after the due time " + VietnamTime.format(due)
                            : "request " + (index + 1) + " sent " + LocalDate.ofEpochDay(requested)
                                    + ", after the due date " + VietnamTime.dateOf(due)));
        }
        return outsideWindow || afterDue;
    }

    /** A finding for each provisional day off between the receipt and the due date. */
    private void provisionalFindings(LocalDate receipt, LocalDate due, ImmutableDeadline.Builder deadline) {
        List<CalendarEntry> entries = calendar.provisionalEntries(receipt, due);
        if (!entries.isEmpty()) {
            addProvisionalFindings(entries, due, deadline);
        }
    }

    private void addProvisionalFindings(
            List<CalendarEntry> entries, LocalDate due, ImmutableDeadline.Builder deadline) {
        for (CalendarEntry entry : entries) {
            deadline.addFindings(DeadlineFinding.of(
                    FindingKind.PROVISIONAL_DAY_OFF,
                    entry.date() + " (" + entry.name() + ") is provisional in the calendar data; the due date " + due
                            + " counts it as "
                            + (calendar.isWorkingDay(entry.date()) ? "a working day" : "a day off")));
        }
    }

    /**
     * The instant the clock starts for a dossier received (or answered) at an instant: the next
     * working session when that instant is outside working hours or on a day off, and the first
     * session of the next working day when it is after the procedure's cut-off.
     */
    private Instant clockStart(Instant received, Procedure procedure) {
        Instant start = calendar.nextWorkingInstant(received);
        if (procedure.cutOffTime().isEmpty()) {
            return start;
        }
        LocalDateTime local = LocalDateTime.ofInstant(start, VietnamTime.ZONE);
        if (procedure.cutOffTime().filter(local.toLocalTime()::isAfter).isEmpty()) {
            return start;
        }
        LocalDate next = calendar.plusWorkingDays(local.toLocalDate(), 1);
        return next.atTime(calendar.workingHours().sessions().get(0).start())
                .atZone(VietnamTime.ZONE)
                .toInstant();
    }

    /** The due instant of a processing time counted from an instant. */
    private Instant due(Instant start, ProcessingTime time) {
        long startDay = VietnamTime.epochDayOf(start);
        return switch (time.unit()) {
            case WORKING_DAYS -> calendar.endOfWorkingDay(calendar.plusWorkingDays(startDay, time.amount()));
            case CALENDAR_DAYS -> calendar.endOfWorkingDay(onWorkingDay(startDay + time.amount()));
            case WORKING_HOURS -> calendar.plusWorkingHours(start, time.amount());
            case SAME_DAY -> calendar.endOfWorkingDay(onWorkingDay(startDay));
        };
    }

    private long onWorkingDay(long epochDay) {
        return calendar.isWorkingDay(epochDay) ? epochDay : calendar.plusWorkingDays(epochDay, 1);
    }

    /**
     * The due instant with the time spent waiting for the applicant left out, in the procedure's
     * unit: the working time waited is added to the due instant; the calendar days or working days
     * waited move the day the count starts from, so that a last day falling on a day off is moved
     * once, as for the receipt; a same-day procedure is due on the day of the last answer, or on
     * its own due day when that is later. A request or an answer outside working hours counts from
     * the next working session, as a receipt does.
     */
    private Instant paused(
            Instant receiptStart, Instant original, List<SupplementRequest> requests, ProcessingTime time) {
        return switch (time.unit()) {
            case WORKING_HOURS ->
                calendar.plusWorkingTime(
                        original,
                        requests.stream()
                                .map(request -> calendar.workingTimeBetween(request.requestedAt(), answer(request)))
                                .reduce(Duration.ZERO, Duration::plus));
            case CALENDAR_DAYS ->
                due(
                        receiptStart.plus(Duration.ofDays(requests.stream()
                                .mapToLong(request -> ChronoUnit.DAYS.between(
                                        workingDateOf(request.requestedAt()), workingDateOf(answer(request))))
                                .sum())),
                        time);
            case SAME_DAY -> {
                // A same-day procedure has no days to move: the waiting leaves it due on the day of the last answer.
                LocalDate lastAnswer = workingDateOf(answer(requests.get(requests.size() - 1)));
                yield due(latest(receiptStart, lastAnswer), time);
            }
            case WORKING_DAYS -> {
                int waited = requests.stream()
                        .mapToInt(request -> calendar.workingDaysBetween(
                                workingDateOf(request.requestedAt()), workingDateOf(answer(request))))
                        .sum();
                LocalDate counted = calendar.plusWorkingDays(VietnamTime.dateOf(receiptStart), waited);
                yield due(counted.atStartOfDay(VietnamTime.ZONE).toInstant(), time);
            }
        };
    }

    /** The date of the working session an instant counts from. */
    private LocalDate workingDateOf(Instant instant) {
        return VietnamTime.dateOf(calendar.nextWorkingInstant(instant));
    }

    private static Instant latest(Instant start, LocalDate day) {
        Instant dayStart = day.atStartOfDay(VietnamTime.ZONE).toInstant();
        return dayStart.isAfter(start) ? dayStart : start;
    }

    private static Instant answer(SupplementRequest request) {
        return request.answeredAt().orElseThrow(() -> new IllegalStateException("only answered requests are paused"));
    }

    private List<StepDeadline> steps(Procedure procedure, Instant start) {
        Instant stepStart = start;
        List<StepDeadline> steps = new ArrayList<>();
        for (ProcedureStep step : procedure.steps()) {
            stepStart = due(stepStart, step.allottedTime());
            steps.add(StepDeadline.of(step.id(), VietnamTime.dateOf(stepStart)));
        }
        return steps;
    }

    private void extensionFindings(
            List<Extension> extensions, Optional<LocalDate> dueDate, ImmutableDeadline.Builder deadline) {
        Optional<LocalDate> extended = dueDate;
        for (int i = 0; i < extensions.size(); i++) {
            Extension extension = extensions.get(i);
            LocalDate issued = VietnamTime.dateOf(extension.apologyIssuedAt());
            if (i > 0) {
                deadline.addFindings(DeadlineFinding.of(
                        FindingKind.SECOND_EXTENSION,
                        "extension " + (i + 1) + " issued " + issued + " to " + extension.newAppointmentDate()
                                + "; the law allows one"));
            }
            Optional<LocalDate> latest = extended.map(date -> calendar.plusWorkingDays(date, -1));
            if (latest.isPresent() && issued.isAfter(latest.get())) {
                deadline.addFindings(DeadlineFinding.of(
                        FindingKind.LATE_APOLOGY,
                        "apology " + (i + 1) + " issued " + issued + " for a date due " + extended.get()
                                + "; it was due by " + latest.get()));
            }
            extended = Optional.of(extension.newAppointmentDate());
        }
    }

    /** Builds deadline rules. */
    public static final class Builder {
        private @Nullable WorkingCalendar calendar;
        private @Nullable ProcedureCatalogue catalogue;
        private Optional<SupplementPolicy> supplementPolicy = Optional.empty();
        private Optional<LegalEdition> edition = Optional.empty();
        private LateRequestPolicy lateRequests = LateRequestPolicy.KEEPS_DUE_DATE;

        Builder() {}

        /**
         * Sets what a supplement request sent after the due date, or outside the 3 working days of
         * NĐ 61/2018/NĐ-CP Điều 19.4, does; {@link LateRequestPolicy#KEEPS_DUE_DATE} by default.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder lateRequests(LateRequestPolicy policy) {
            this.lateRequests = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the working calendar.
         *
         * @param calendar the calendar, such as {@code VietnamCalendars.official()}
         * @return this builder
         */
        public Builder calendar(WorkingCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * Sets the procedure catalogue.
         *
         * @param catalogue the catalogue
         * @return this builder
         */
        public Builder catalogue(ProcedureCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * Sets the supplement policy for every dossier, instead of each legal edition's own.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder supplementPolicy(SupplementPolicy policy) {
            this.supplementPolicy = Optional.of(Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /**
         * Sets the legal edition for every dossier, instead of choosing it from the receipt date.
         *
         * @param edition the edition
         * @return this builder
         */
        public Builder edition(LegalEdition edition) {
            this.edition = Optional.of(edition);
            return this;
        }

        /**
         * Builds the rules.
         *
         * @return the rules
         * @throws NullPointerException if the calendar or the catalogue is missing
         */
        public DeadlineRules build() {
            return new DeadlineRules(this);
        }
    }
}
