package io.github.motcua.dossier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.InvalidValueException;
import io.github.motcua.MissingValueException;
import io.github.motcua.VietnamTime;
import io.github.motcua.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dossier (hồ sơ): one application for one administrative procedure, from its receipt to its
 * end.
 *
 * <pre>{@code
 * Dossier dossier = Dossier.builder()
 *         .id("H46.001-230105-0001")
 *         .procedureCode("1.001193")
 *         .receivingUnitCode("14.100.0001")
 *         .resolvingUnitCode("14.100.0001")
 *         .channel(Channel.DIRECT)
 *         .receivedAt(Instant.parse("2023-01-05T02:00:00Z"))
 *         .appointmentDate(LocalDate.of(2023, 1, 5))
 *         .outcome(Outcome.RESOLVED)
 *         .returnedAt(Instant.parse("2023-01-05T08:00:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>The procedure and the units are referred to by code: their versions in force at the
 * dossier's receipt come from the procedure catalogue and the unit master data, so that millions
 * of dossiers share them and a province can shorten a processing time without rewriting
 * dossiers.
 *
 * <p>A dossier without an {@link #outcome()} is pending. A resolved dossier has a
 * {@link #resultReadyAt()} instant, a {@link #returnedAt()} instant, or both; a refused, withdrawn
 * or stopped dossier has a {@link #returnedAt()} instant, when the decision took effect.
 *
 * <p>Rules checked when it is built, each rejected with an {@link InvalidValueException} that
 * names this dossier's id, the field and the value:
 *
 * <ul>
 *   <li>the id, the procedure code and the unit codes are not blank;
 *   <li>no end instant is before {@link #receivedAt()}, and {@link #returnedAt()} is not before
 *       {@link #resultReadyAt()};
 *   <li>an outcome has its end instant, an end instant has an outcome, and only a resolved dossier
 *       has a result-ready instant;
 *   <li>the appointment dates (on the receipt and in extensions) are not before the day of
 *       receipt;
 *   <li>supplement requests are given in order, each sent no earlier than the receipt, each answered
 *       no earlier than it was sent, each sent only after the previous one was answered (intervals
 *       do not overlap), none sent or answered after the end (the result-ready instant, or else the
 *       return), and none left unanswered on a resolved dossier;
 *   <li>extensions are given in the order their apologies were issued, none before the receipt or
 *       after the end, none promising a date before the day of the apology;
 *   <li>handling steps are not completed before they start; evaluations and complaints are not
 *       dated before the receipt.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDossier.class)
@JsonDeserialize(as = ImmutableDossier.class)
public abstract class Dossier {
    private static final String TYPE = "Dossier";

    Dossier() {}

    /**
     * Returns the dossier's identifier, as printed on the receipt.
     *
     * @return the identifier, not blank
     */
    public abstract String id();

    /**
     * Returns the code of the procedure applied for.
     *
     * @return the procedure code, not blank
     */
    public abstract String procedureCode();

    /**
     * Returns the code of the unit whose desk received the dossier.
     *
     * @return the receiving unit's code, not blank
     */
    public abstract String receivingUnitCode();

    /**
     * Returns the code of the unit competent to resolve the dossier; since 2025 it may differ from
     * the receiving unit.
     *
     * @return the resolving unit's code, not blank
     */
    public abstract String resolvingUnitCode();

    /**
     * Returns how the dossier was submitted.
     *
     * @return the channel
     */
    public abstract Channel channel();

    /**
     * Returns when the complete dossier was received, the instant its processing time starts from.
     *
     * @return the receipt instant
     */
    public abstract Instant receivedAt();

    /**
     * Returns the appointment date printed on the receipt (ngày hẹn trả kết quả).
     *
     * @return the printed date, or empty where the system did not record it
     */
    public abstract Optional<LocalDate> appointmentDate();

    /**
     * Returns the requests to supplement the dossier, in the order they were sent.
     *
     * @return the requests; empty when there were none
     */
    public abstract List<SupplementRequest> supplementRequests();

    /**
     * Returns the extensions with apology, in the order they were issued. The law allows one; a
     * second is kept so that it can be reported.
     *
     * @return the extensions; empty when there were none
     */
    public abstract List<Extension> extensions();

    /**
     * Returns the excusal recorded on this dossier alone, where there is one.
     *
     * @return the excusal, or empty
     */
    public abstract Optional<DossierExcusal> excusal();

    /**
     * Returns how the dossier ended.
     *
     * @return the outcome, or empty while the dossier is pending
     */
    public abstract Optional<Outcome> outcome();

    /**
     * Returns when the result was ready to be returned (a resolved dossier only).
     *
     * @return the result-ready instant, or empty
     */
    public abstract Optional<Instant> resultReadyAt();

    /**
     * Returns when the result was handed back to the applicant or, for a refused, withdrawn or
     * stopped dossier, when that decision took effect.
     *
     * @return the return instant, or empty
     */
    public abstract Optional<Instant> returnedAt();

    /**
     * Returns the steps of the dossier's processing and the officials who handled them.
     *
     * @return the steps; empty where not recorded
     */
    public abstract List<HandlingStep> handlingSteps();

    /**
     * Returns the applicants' evaluations of this dossier.
     *
     * @return the evaluations; empty when the dossier was not evaluated
     */
    public abstract List<Evaluation> evaluations();

    /**
     * Returns the complaints about this dossier.
     *
     * @return the complaints; empty when there were none
     */
    public abstract List<Complaint> complaints();

    /**
     * Returns the day of receipt in Vietnam.
     *
     * @return the date of {@link #receivedAt()} in {@link VietnamTime#ZONE}
     */
    public LocalDate receivedDate() {
        return VietnamTime.dateOf(receivedAt());
    }

    /**
     * Returns the dossier as its record stood at the end of a day: supplement requests sent after
     * that day dropped, answers and apologies after it not yet given, and an outcome reached while
     * the applicant was still to answer a request known on that day not yet reached.
     *
     * <p>A report made on a day knows only what happened by then; deadlines are computed from the
     * record as known on the report date ({@code DeadlineRules.deadlineOn}), so that a later
     * supplement request cannot change a verdict already reported. Days are Vietnam's civil days.
     *
     * @param date the day, such as a report date
     * @return this dossier when nothing on its record happened after the day, otherwise a copy
     *     without what came later
     */
    public Dossier asKnownOn(LocalDate date) {
        long day = Objects.requireNonNull(date, "date").toEpochDay();
        if (!changedAfter(day)) {
            return this;
        }
        List<SupplementRequest> known = new ArrayList<>();
        for (SupplementRequest request : supplementRequests()) {
            if (VietnamTime.epochDayOf(request.requestedAt()) <= day) {
                boolean answered = request.answeredAt()
                        .filter(answer -> VietnamTime.epochDayOf(answer) <= day)
                        .isPresent();
                known.add(answered ? request : SupplementRequest.unanswered(request.requestedAt()));
            }
        }
        Builder builder = builder();
        builder.from(this)
                .supplementRequests(known)
                .extensions(extensions().stream()
                        .filter(extension -> VietnamTime.epochDayOf(extension.apologyIssuedAt()) <= day)
                        .toList());
        if (outcome().isPresent()
                && !known.isEmpty()
                && known.get(known.size() - 1).answeredAt().isEmpty()) {
            builder.outcome(Optional.empty()).resultReadyAt(Optional.empty()).returnedAt(Optional.empty());
        }
        return builder.build();
    }

    /** Tells whether a supplement request, an answer or an apology came after a day. */
    private boolean changedAfter(long day) {
        for (SupplementRequest request : supplementRequests()) {
            if (VietnamTime.epochDayOf(request.answeredAt().orElse(request.requestedAt())) > day) {
                return true;
            }
        }
        for (Extension extension : extensions()) {
            if (VietnamTime.epochDayOf(extension.apologyIssuedAt()) > day) {
                return true;
            }
        }
        return false;
    }

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
        Checks.requireCode(TYPE, id(), "id", id());
        Checks.requireCode(TYPE, id(), "procedureCode", procedureCode());
        Checks.requireCode(TYPE, id(), "receivingUnitCode", receivingUnitCode());
        Checks.requireCode(TYPE, id(), "resolvingUnitCode", resolvingUnitCode());
        checkEnd();
        LocalDate appointment = appointmentDate().orElse(null);
        if (appointment != null) {
            requireNotBeforeReceipt("appointmentDate", appointment);
        }
        checkSupplementRequests();
        checkExtensions();
        for (int i = 0; i < handlingSteps().size(); i++) {
            HandlingStep step = handlingSteps().get(i);
            Optional<Instant> completed = step.completedAt();
            if (completed.isPresent()) {
                requireNotBefore(
                        "handlingSteps[" + i + "].completedAt", completed.get(), "startedAt", step.startedAt());
            }
        }
        for (int i = 0; i < evaluations().size(); i++) {
            requireNotBeforeReceipt(
                    "evaluations[" + i + "].submittedAt", evaluations().get(i).submittedAt());
        }
        for (int i = 0; i < complaints().size(); i++) {
            requireNotBeforeReceipt(
                    "complaints[" + i + "].filedAt", complaints().get(i).filedAt());
        }
    }

    private void checkEnd() {
        // Each optional read once: this runs for every dossier a file holds.
        Instant ready = resultReadyAt().orElse(null);
        Instant returned = returnedAt().orElse(null);
        if (ready != null) {
            requireNotBeforeReceipt("resultReadyAt", ready);
        }
        if (returned != null) {
            requireNotBeforeReceipt("returnedAt", returned);
            if (ready != null) {
                requireNotBefore("returnedAt", returned, "resultReadyAt", ready);
            }
        }
        Outcome outcome = outcome().orElse(null);
        if (outcome == null) {
            if (returned != null) {
                throw invalid("returnedAt", returned, "a dossier with an end instant must have an outcome");
            }
            if (ready != null) {
                throw invalid("resultReadyAt", ready, "a dossier with an end instant must have an outcome");
            }
        } else if (outcome == Outcome.RESOLVED) {
            if (ready == null && returned == null) {
                throw invalid("outcome", Outcome.RESOLVED, "a resolved dossier needs resultReadyAt or returnedAt");
            }
        } else {
            if (ready != null) {
                throw invalid(
                        "resultReadyAt",
                        ready,
                        "only a resolved dossier has a result-ready instant; outcome is " + outcome);
            }
            if (returned == null) {
                throw invalid("outcome", outcome, "a " + outcome + " dossier needs returnedAt, when it took effect");
            }
        }
    }

    /** The first end instant: the result was ready, or else the dossier was returned or closed. */
    private Optional<Instant> end() {
        return resultReadyAt().or(this::returnedAt);
    }

    private void checkSupplementRequests() {
        Optional<Instant> previousAnswer = Optional.of(receivedAt());
        for (int i = 0; i < supplementRequests().size(); i++) {
            SupplementRequest request = supplementRequests().get(i);
            String field = "supplementRequests[" + i + "]";
            if (previousAnswer.isEmpty()) {
                throw invalid(
                        field + ".requestedAt",
                        request.requestedAt(),
                        "the previous request, supplementRequests[" + (i - 1) + "], was never answered");
            }
            String previous = i == 0 ? "receivedAt" : "supplementRequests[" + (i - 1) + "].answeredAt";
            requireNotBefore(field + ".requestedAt", request.requestedAt(), previous, previousAnswer.get());
            requireNotAfterEnd(field + ".requestedAt", request.requestedAt());
            if (request.answeredAt().isPresent()) {
                requireNotBefore(
                        field + ".answeredAt",
                        request.answeredAt().get(),
                        field + ".requestedAt",
                        request.requestedAt());
                requireNotAfterEnd(field + ".answeredAt", request.answeredAt().get());
            } else if (outcome().filter(Outcome.RESOLVED::equals).isPresent()) {
                throw invalid(
                        field + ".answeredAt",
                        "(none)",
                        "a resolved dossier cannot still be waiting for the applicant; record the answer");
            }
            previousAnswer = request.answeredAt();
        }
    }

    private void checkExtensions() {
        Instant previous = receivedAt();
        String previousField = "receivedAt";
        for (int i = 0; i < extensions().size(); i++) {
            Extension extension = extensions().get(i);
            String field = "extensions[" + i + "]";
            requireNotBefore(field + ".apologyIssuedAt", extension.apologyIssuedAt(), previousField, previous);
            requireNotAfterEnd(field + ".apologyIssuedAt", extension.apologyIssuedAt());
            LocalDate issued = VietnamTime.dateOf(extension.apologyIssuedAt());
            if (extension.newAppointmentDate().isBefore(issued)) {
                throw invalid(
                        field + ".newAppointmentDate",
                        extension.newAppointmentDate(),
                        "must not be before the day the apology was issued (" + issued + ")");
            }
            previous = extension.apologyIssuedAt();
            previousField = field + ".apologyIssuedAt";
        }
    }

    private void requireNotAfterEnd(String field, Instant instant) {
        Optional<Instant> end = end();
        if (end.isPresent() && instant.isAfter(end.get())) {
            throw invalid(
                    field, instant, "must not be after the dossier's end (" + VietnamTime.format(end.get()) + ")");
        }
    }

    private void requireNotBeforeReceipt(String field, Instant instant) {
        requireNotBefore(field, instant, "receivedAt", receivedAt());
    }

    private void requireNotBeforeReceipt(String field, LocalDate date) {
        if (date.isBefore(receivedDate())) {
            throw invalid(field, date, "must not be before the day of receipt (" + receivedDate() + ")");
        }
    }

    private void requireNotBefore(String field, Instant instant, String earlierField, Instant earlier) {
        if (instant.isBefore(earlier)) {
            throw invalid(
                    field, instant, "must not be before " + earlierField + " (" + VietnamTime.format(earlier) + ")");
        }
    }

    /** An exception for this dossier; instants are shown in Vietnam's local time. */
    private InvalidValueException invalid(String field, Object value, String rule) {
        String text = value instanceof Instant instant ? VietnamTime.format(instant) : value.toString();
        return new InvalidValueException(TYPE, id(), field, text, rule);
    }

    /**
     * Builds dossiers; id, procedure code, unit codes, channel and receipt instant are required.
     */
    public static final class Builder extends ImmutableDossier.Builder {
        /** Creates an empty builder; {@link Dossier#builder()} does the same. */
        public Builder() {}

        /**
         * Builds the dossier.
         *
         * @return the dossier
         * @throws MissingValueException naming {@code Dossier} and the required fields not set
         * @throws InvalidValueException if the dossier breaks one of its rules
         */
        @Override
        public Dossier build() {
            try {
                return super.build();
            } catch (MissingValueException missing) {
                throw new MissingValueException(TYPE, "", missing.missing());
            }
        }
    }
}
