package io.github.motcua.testkit;

import io.github.motcua.DateRange;
import io.github.motcua.VietnamTime;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Complaint;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierExcusal;
import io.github.motcua.dossier.Evaluation;
import io.github.motcua.dossier.EvaluationChannel;
import io.github.motcua.dossier.Extension;
import io.github.motcua.dossier.HandlingStep;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.dossier.SupplementRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The default {@link DossierArbitrary}: a dossier's events are laid out from its receipt on. */
final class DefaultDossierArbitrary extends ArbitraryDecorator<Dossier> implements DossierArbitrary {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
    private static final long MAX_GAP_SECONDS = Duration.ofDays(20).toSeconds();
    private static final int GAPS = 12;
    private static final int SECONDS_PER_DAY = 86_400;

    private final Arbitrary<LocalDate> receiptDays;
    private final Arbitrary<String> procedureCodes;
    private final Arbitrary<String> unitCodes;

    DefaultDossierArbitrary() {
        this(
                MotcuaArbitraries.datesIn(DateRange.ofClosed(VietnamCalendars.RANGE.start(), LAST_DAY)),
                MotcuaArbitraries.procedureCodes(),
                MotcuaArbitraries.unitCodes());
    }

    private DefaultDossierArbitrary(
            Arbitrary<LocalDate> receiptDays, Arbitrary<String> procedureCodes, Arbitrary<String> unitCodes) {
        this.receiptDays = receiptDays;
        this.procedureCodes = procedureCodes;
        this.unitCodes = unitCodes;
    }

    @Override
    public DossierArbitrary receivedBetween(LocalDate first, LocalDate last) {
        return new DefaultDossierArbitrary(
                MotcuaArbitraries.datesIn(DateRange.ofClosed(first, last)), procedureCodes, unitCodes);
    }

    @Override
    public DossierArbitrary procedureCodes(Collection<String> codes) {
        return new DefaultDossierArbitrary(receiptDays, of(codes, "procedure codes"), unitCodes);
    }

    @Override
    public DossierArbitrary unitCodes(Collection<String> codes) {
        return new DefaultDossierArbitrary(receiptDays, procedureCodes, of(codes, "unit codes"));
    }

    private static Arbitrary<String> of(Collection<String> codes, String what) {
        if (codes.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return Arbitraries.of(List.copyOf(codes));
    }

    @Override
    protected Arbitrary<Dossier> arbitrary() {
        Arbitrary<Instant> receivedAt = Combinators.combine(
                        receiptDays, Arbitraries.integers().between(0, SECONDS_PER_DAY - 1))
                .as((day, second) ->
                        day.atStartOfDay(VietnamTime.ZONE).toInstant().plusSeconds(second));
        Arbitrary<String> ids =
                Arbitraries.strings().withChars("0123456789").ofLength(6).map(digits -> "HS-" + digits);
        return Combinators.combine(
                        ids,
                        procedureCodes,
                        unitCodes,
                        unitCodes,
                        Arbitraries.of(Channel.class),
                        receivedAt,
                        timelines(),
                        records())
                .as((id, procedure, receiving, resolving, channel, received, timeline, records) -> {
                    Dossier.Builder builder = Dossier.builder();
                    builder.id(id)
                            .procedureCode(procedure)
                            .receivingUnitCode(receiving)
                            .resolvingUnitCode(resolving)
                            .channel(channel)
                            .receivedAt(received);
                    timeline.applyTo(builder, received);
                    records.applyTo(builder, received);
                    return builder.build();
                });
    }

    private Arbitrary<Timeline> timelines() {
        Arbitrary<Optional<Outcome>> outcomes = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Optional.<Outcome>empty())),
                Tuple.of(4, Arbitraries.of(Outcome.class).map(Optional::of)));
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 2),
                        outcomes,
                        Arbitraries.of(EndInstants.class),
                        Arbitraries.integers().between(0, 90).optional(),
                        Arbitraries.longs().between(0, MAX_GAP_SECONDS).list().ofSize(GAPS))
                .as(Timeline::new);
    }

    private Arbitrary<Records> records() {
        Arbitrary<Function<Instant, HandlingStep>> steps = Combinators.combine(
                        Arbitraries.of("RECEIPT", "APPRAISAL", "APPROVAL", "RETURN"),
                        unitCodes,
                        Arbitraries.integers().between(1, 999).map(n -> "CB" + n),
                        Arbitraries.of("Lò Văn Hùng", "Cầm Thị Mai", "Nguyễn Đức Anh")
                                .optional(),
                        Arbitraries.longs().between(0, MAX_GAP_SECONDS),
                        Arbitraries.longs().between(0, MAX_GAP_SECONDS).optional())
                .as((stepId, unit, official, name, start, length) -> received -> {
                    Instant startedAt = received.plusSeconds(start);
                    return HandlingStep.builder()
                            .stepId(stepId)
                            .unitCode(unit)
                            .officialId(official)
                            .officialName(name)
                            .startedAt(startedAt)
                            .completedAt(length.map(startedAt::plusSeconds))
                            .build();
                });
        Arbitrary<Function<Instant, Evaluation>> evaluations = Combinators.combine(
                        Arbitraries.of(EvaluationChannel.class),
                        Arbitraries.longs().between(0, MAX_GAP_SECONDS),
                        Arbitraries.integers().between(0, 3).optional(),
                        Arbitraries.integers().between(0, 3).optional(),
                        Arbitraries.maps(
                                        Arbitraries.of("TT01/1", "TT01/3", "TT01/4", "TT01/7"),
                                        Arbitraries.integers().between(0, 2))
                                .ofMaxSize(4))
                .as((channel, offset, contacts, agencies, ratings) -> received -> Evaluation.builder()
                        .channel(channel)
                        .submittedAt(received.plusSeconds(offset))
                        .contactsNeeded(contacts)
                        .agenciesContacted(agencies)
                        .putAllRatings(ratings)
                        .build());
        Arbitrary<Function<Instant, Complaint>> complaints = Combinators.combine(
                        Arbitraries.longs().between(0, MAX_GAP_SECONDS),
                        Arbitraries.of(true, false),
                        Arbitraries.of("Thái độ tiếp nhận chưa đúng mực", "Trả kết quả chậm"))
                .as((offset, verified, subject) ->
                        received -> Complaint.of(received.plusSeconds(offset), verified, subject));
        Arbitrary<Optional<DossierExcusal>> excusals = Arbitraries.of(
                        DossierExcusal.of("OUTAGE", "Hệ thống thông tin giải quyết TTHC không truy cập được"),
                        DossierExcusal.of("COURT", "Tạm dừng theo yêu cầu của cơ quan có thẩm quyền"))
                .optional();
        return Combinators.combine(
                        steps.list().ofMaxSize(3),
                        evaluations.list().ofMaxSize(2),
                        complaints.list().ofMaxSize(1),
                        excusals)
                .as(Records::new);
    }

    /** Which end instants a resolved dossier records. */
    private enum EndInstants {
        BOTH,
        RESULT_READY_ONLY,
        RETURNED_ONLY
    }

    /** The events that must follow one another: supplements, extensions and the end. */
    private record Timeline(
            int supplements,
            boolean lastAnswered,
            int extensions,
            Optional<Outcome> outcome,
            EndInstants endInstants,
            Optional<Integer> appointmentDays,
            List<Long> gaps) {

        void applyTo(Dossier.Builder builder, Instant received) {
            LocalDate receivedDate = VietnamTime.dateOf(received);
            appointmentDays.ifPresent(days -> builder.appointmentDate(receivedDate.plusDays(days)));
            int gap = 0;
            Instant clock = received;
            boolean resolved = outcome.filter(Outcome.RESOLVED::equals).isPresent();
            for (int i = 0; i < supplements; i++) {
                Instant requested = clock.plusSeconds(gaps.get(gap++));
                boolean answered = i < supplements - 1 || lastAnswered || resolved;
                clock = answered ? requested.plusSeconds(gaps.get(gap++)) : requested;
                builder.addSupplementRequests(
                        answered ? SupplementRequest.of(requested, clock) : SupplementRequest.unanswered(requested));
            }
            Instant apology = received;
            for (int i = 0; i < extensions; i++) {
                apology = apology.plusSeconds(gaps.get(gap++));
                builder.addExtensions(
                        Extension.of(apology, VietnamTime.dateOf(apology).plusDays(gaps.get(i) % 30)));
            }
            clock = apology.isAfter(clock) ? apology : clock;
            if (outcome.isPresent()) {
                builder.outcome(outcome.get());
                Instant ready = clock.plusSeconds(gaps.get(gap++));
                Instant returned = ready.plusSeconds(gaps.get(gap));
                if (outcome.get() == Outcome.RESOLVED && endInstants != EndInstants.RETURNED_ONLY) {
                    builder.resultReadyAt(ready);
                }
                if (outcome.get() != Outcome.RESOLVED || endInstants != EndInstants.RESULT_READY_ONLY) {
                    builder.returnedAt(returned);
                }
            }
        }
    }

    /** Records that only need to follow the receipt. */
    private record Records(
            List<Function<Instant, HandlingStep>> steps,
            List<Function<Instant, Evaluation>> evaluations,
            List<Function<Instant, Complaint>> complaints,
            Optional<DossierExcusal> excusal) {

        void applyTo(Dossier.Builder builder, Instant received) {
            steps.forEach(step -> builder.addHandlingSteps(step.apply(received)));
            evaluations.forEach(evaluation -> builder.addEvaluations(evaluation.apply(received)));
            complaints.forEach(complaint -> builder.addComplaints(complaint.apply(received)));
            builder.excusal(excusal);
        }
    }
}
