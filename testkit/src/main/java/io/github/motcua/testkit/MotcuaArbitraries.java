package io.github.motcua.testkit;

import io.github.motcua.DateRange;
import io.github.motcua.calendar.CalendarEntry;
import io.github.motcua.calendar.DayKind;
import io.github.motcua.calendar.EntryStatus;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.feedback.FeedbackItem;
import io.github.motcua.period.PeriodKind;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.period.WindowPolicy;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureStep;
import io.github.motcua.procedure.ProcessingTime;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitKind;
import io.github.motcua.unit.UnitLevel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The entry point to motcua's generators: one static factory per value type.
 *
 * <pre>{@code
 * @Property
 * void everyDossierHasOneClass(@ForAll("dossiers") Dossier dossier) { ... }
 *
 * @Provide
 * Arbitrary<Dossier> dossiers() {
 *     return MotcuaArbitraries.dossiers().receivedBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
 * }
 * }</pre>
 *
 * <p>Every generated value is valid. For {@code @ForAll} parameters without a provider method,
 * use {@code @Domain(MotcuaDomain.class)}.
 */
public final class MotcuaArbitraries {
    private static final List<String> FIELD_NAMES =
            List.of("Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Lao động - Thương binh và Xã hội", "Tư pháp");

    private MotcuaArbitraries() {}

    /**
     * Generates dossiers received between 1 May 2013 and 31 December 2026.
     *
     * @return a configurable arbitrary of valid dossiers
     */
    public static DossierArbitrary dossiers() {
        return new DefaultDossierArbitrary();
    }

    /**
     * Generates procedures with working-day, working-hour, calendar-day or same-day processing
     * times, some with inter-agency steps and a cut-off time.
     *
     * @return an arbitrary of valid procedures
     */
    public static Arbitrary<Procedure> procedures() {
        Arbitrary<LocalTime> cutOffs = Arbitraries.integers().between(13, 17).map(hour -> LocalTime.of(hour, 0));
        return Combinators.combine(
                        procedureCodes(),
                        Arbitraries.strings()
                                .alpha()
                                .ofMinLength(1)
                                .ofMaxLength(30)
                                .map(name -> "Thủ tục " + name),
                        fields(),
                        processingTimes(),
                        Arbitraries.integers().between(0, 3),
                        cutOffs.optional())
                .as((code, name, field, time, stepCount, cutOff) -> Procedure.builder()
                        .code(code)
                        .name(name)
                        .field(field)
                        .processingTime(time)
                        .steps(steps(time, stepCount))
                        .cutOffTime(cutOff)
                        .build());
    }

    private static List<ProcedureStep> steps(ProcessingTime total, int count) {
        List<ProcedureStep> steps = new ArrayList<>();
        int steppable = Math.min(count, total.amount());
        for (int i = 1; i <= steppable; i++) {
            ProcessingTime share = ProcessingTime.of(total.amount() / steppable, total.unit());
            steps.add(ProcedureStep.of("B" + i, "Bước " + i, share));
        }
        return steps;
    }

    /**
     * Generates processing times: 1 to 60 working days, 1 to 40 working hours, 1 to 90 calendar
     * days, or the same day.
     *
     * @return an arbitrary of processing times
     */
    public static Arbitrary<ProcessingTime> processingTimes() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 60).map(ProcessingTime::workingDays),
                Arbitraries.integers().between(1, 40).map(ProcessingTime::workingHours),
                Arbitraries.integers().between(1, 90).map(ProcessingTime::calendarDays),
                Arbitraries.just(ProcessingTime.sameDay()));
    }

    /**
     * Generates fields with short codes and Vietnamese names.
     *
     * @return an arbitrary of fields
     */
    public static Arbitrary<Field> fields() {
        return Combinators.combine(Arbitraries.strings().alpha().ofLength(3), Arbitraries.of(FIELD_NAMES))
                .as(Field::of);
    }

    /**
     * Generates units of every level and kind, effective from a day between 2013 and 2026, some
     * with an end date, a parent and predecessors.
     *
     * @return an arbitrary of valid units
     */
    public static Arbitrary<Unit> units() {
        Arbitrary<LocalDate> starts =
                Arbitraries.integers().between(0, 13 * 365).map(VietnamCalendars.RANGE.start()::plusDays);
        return Combinators.combine(
                        unitCodes(),
                        Arbitraries.strings()
                                .alpha()
                                .ofMinLength(1)
                                .ofMaxLength(20)
                                .map(name -> "UBND xã " + name),
                        Arbitraries.of(UnitLevel.class),
                        Arbitraries.of(UnitKind.class),
                        unitCodes().optional(),
                        starts,
                        Arbitraries.integers().between(0, 3000).optional(),
                        unitCodes().list().uniqueElements().ofMaxSize(3))
                .as((code, name, level, kind, parent, from, length, predecessors) -> Unit.builder()
                        .code(code)
                        .name(name)
                        .level(level)
                        .kind(kind)
                        .parentCode(parent.filter(p -> !p.equals(code)))
                        .effectiveFrom(from)
                        .effectiveUntil(length.map(from::plusDays))
                        .predecessorCodes(predecessors.stream()
                                .filter(p -> !p.equals(code))
                                .toList())
                        .build());
    }

    /**
     * Generates dates inside the national working calendar's range, 1 May 2013 to 31 December 2035,
     * every day equally likely.
     *
     * @return an arbitrary of dates that {@code VietnamCalendars.official()} answers for
     */
    public static Arbitrary<LocalDate> calendarDates() {
        return datesIn(VietnamCalendars.RANGE);
    }

    /**
     * Generates the dates of a range, every day equally likely.
     *
     * @param range the range
     * @return an arbitrary of dates
     */
    public static Arbitrary<LocalDate> datesIn(DateRange range) {
        return Arbitraries.longs()
                .between(range.start().toEpochDay(), range.endInclusive().toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /**
     * Generates ranges of dates that a range encloses, from single days to the whole range: the
     * range between two dates of {@code bounds}, each equally likely.
     *
     * @param bounds the range every generated range lies in
     * @return an arbitrary of ranges enclosed by {@code bounds}
     */
    public static Arbitrary<DateRange> dateRangesIn(DateRange bounds) {
        return Combinators.combine(datesIn(bounds), datesIn(bounds))
                .as((one, other) ->
                        one.isAfter(other) ? DateRange.ofClosed(other, one) : DateRange.ofClosed(one, other));
    }

    /**
     * Generates reporting periods of every kind and window, for years 2014 to 2034.
     *
     * @return an arbitrary of reporting periods
     */
    public static Arbitrary<ReportingPeriod> reportingPeriods() {
        return Combinators.combine(
                        Arbitraries.of(PeriodKind.class),
                        Arbitraries.integers().between(2014, 2034),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.of(WindowPolicy.class))
                .as((kind, year, number, window) -> ReportingPeriod.of(kind, year, 1 + (number - 1) % kind.perYear())
                        .withWindow(window));
    }

    /**
     * Generates excusal intervals of one to five days inside the national calendar's range, for
     * every unit or for a few unit codes.
     *
     * @return an arbitrary of valid excusal intervals
     */
    public static Arbitrary<ExcusalInterval> excusalIntervals() {
        return Combinators.combine(
                        datesIn(DateRange.ofClosed(
                                VietnamCalendars.RANGE.start(),
                                VietnamCalendars.RANGE.endInclusive().minusDays(5))),
                        Arbitraries.integers().between(0, 4),
                        unitCodes().list().uniqueElements().ofMaxSize(3))
                .as((start, length, units) -> ExcusalInterval.builder()
                        .start(start)
                        .end(start.plusDays(length))
                        .reason("Hệ thống gián đoạn " + (length + 1) + " ngày")
                        .source("Công văn số " + (100 + length) + "/STTT")
                        .unitCodes(units)
                        .build());
    }

    /**
     * Generates feedback items received in 2023, of one of three units, due 0 to 30 days after
     * receipt, handled (before, on or after the due date, published or not) or still pending,
     * prolonged or not.
     *
     * @return an arbitrary of valid feedback items
     */
    public static Arbitrary<FeedbackItem> feedbackItems() {
        return Combinators.combine(
                        Arbitraries.strings().numeric().ofLength(6),
                        Arbitraries.of("TC.BPMC", "TC.X01", "TC.X02"),
                        datesIn(DateRange.ofClosed(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))),
                        Arbitraries.integers().between(0, 30),
                        Arbitraries.integers().between(0, 60).injectNull(0.3),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as((number, unit, received, due, handled, published, prolonged) -> FeedbackItem.builder()
                        .id("PAKN-" + number)
                        .unitCode(unit)
                        .receivedOn(received)
                        .dueOn(received.plusDays(due))
                        .handledOn(Optional.ofNullable(handled).map(received::plusDays))
                        .published(handled != null && published)
                        .prolonged(prolonged)
                        .build());
    }

    /**
     * Generates calendar entries: weekdays off of every kind and weekend make-up working days,
     * published or provisional.
     *
     * @return an arbitrary of valid calendar entries
     */
    public static Arbitrary<CalendarEntry> calendarEntries() {
        return Combinators.combine(calendarDates(), Arbitraries.of(DayKind.class), Arbitraries.of(EntryStatus.class))
                .as((date, kind, status) -> CalendarEntry.of(
                        date.with(TemporalAdjusters.nextOrSame(
                                kind.isDayOff() ? weekdayFrom(date.getDayOfWeek()) : DayOfWeek.SATURDAY)),
                        kind,
                        "Ngày " + kind,
                        "Thông báo (thử)",
                        status));
    }

    private static DayOfWeek weekdayFrom(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? DayOfWeek.MONDAY : day;
    }

    /**
     * Generates procedure codes in the national database's form, such as {@code 1.001612}.
     *
     * @return an arbitrary of procedure codes
     */
    public static Arbitrary<String> procedureCodes() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(0, 999_999))
                .as((group, number) -> String.format("%d.%06d", group, number));
    }

    /**
     * Generates unit codes in a dotted form, such as {@code 14.100.0001}.
     *
     * @return an arbitrary of unit codes
     */
    public static Arbitrary<String> unitCodes() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 99),
                        Arbitraries.integers().between(0, 9_999))
                .as((province, unit) -> String.format("%02d.%04d", province, unit));
    }

    /**
     * Generates scoring evidence: a unit or an official, up to 30 dossiers' facts with distinct ids
     * (classes, timed steps, evaluations with reported counts and ratings of the TT 01/2018
     * indicators, verified complaints), each unit-level fact present or missing, and shares for some
     * of the measures the QĐ 766 index reads.
     *
     * @return an arbitrary of valid evidence
     */
    public static Arbitrary<Evidence> evidence() {
        return EvidenceGenerators.evidence();
    }

    /**
     * Generates the facts of one dossier, all with the id {@code HS}; {@link #evidence()} numbers
     * them.
     *
     * @return an arbitrary of valid dossier evidence
     */
    public static Arbitrary<DossierEvidence> dossierEvidence() {
        return EvidenceGenerators.dossierEvidence();
    }
}
