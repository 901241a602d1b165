package io.github.motcua.sample;

import io.github.motcua.VietnamTime;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Extension;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.dossier.SupplementRequest;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcessingTime;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitKind;
import io.github.motcua.unit.UnitLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A seeded generator of realistic synthetic dossier sets of any size, for tests, benchmarks and
 * demonstrations: one district's units, a catalogue of procedures in every unit of time, and
 * dossiers with channels, supplement requests, extensions, refusals and withdrawals, pending
 * dossiers and a spread of lateness.
 *
 * <pre>{@code
 * SyntheticDossiers synthetic = SyntheticDossiers.of(42, 2023);
 * List<Dossier> dossiers = synthetic.dossiers(1_000_000).toList();
 * }</pre>
 *
 * <p>Dossier number {@code i} depends only on the seed and {@code i}, so a set can be generated in
 * parallel, or in parts, and is the same every time. Everything is synthetic ({@link #LABEL}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticDossiers extends SampleData {
    /** How generated data is labelled wherever it is shown. */
    public static final String LABEL = "Dữ liệu mô phỏng (synthetic)";

    private static final int COMMUNES = 20;
    private static final int AGENCIES = 6;
    private static final String DISTRICT = "SYN";

    private final long seed;
    private final WorkingCalendar calendar = VietnamCalendars.official();

    private SyntheticDossiers(long seed, int year) {
        super(ReportingPeriod.year(year), buildUnits(), buildProcedures(), List.of(outage(year)));
        this.seed = seed;
    }

    /** An outage of three working days, sixty working days into the year's window. */
    private static ExcusalInterval outage(int year) {
        LocalDate start = VietnamCalendars.official()
                .plusWorkingDays(ReportingPeriod.year(year).start(), 60);
        return ExcusalInterval.builder()
                .start(start)
                .end(VietnamCalendars.official().plusWorkingDays(start, 2))
                .reason("Hệ thống thông tin giải quyết thủ tục hành chính gián đoạn (mô phỏng)")
                .source("Công văn mô phỏng (synthetic)")
                .build();
    }

    /**
     * Obtains the generator of a seed and a reporting year.
     *
     * @param seed the seed; the same seed gives the same data
     * @param year the reporting year, from 2014 to 2034; dossiers are received in its official window
     * @return the generator
     * @throws IllegalArgumentException if the year is outside the range
     */
    public static SyntheticDossiers of(long seed, int year) {
        if (year < 2014 || year > 2034) {
            throw new IllegalArgumentException("year must be between 2014 and 2034: " + year);
        }
        return new SyntheticDossiers(seed, year);
    }

    /**
     * Returns dossiers number 0 to {@code count - 1}, lazily.
     *
     * @param count how many dossiers
     * @return the dossiers, in order; the stream may be made parallel
     * @throws IllegalArgumentException if the count is negative
     */
    public Stream<Dossier> dossiers(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        return LongStream.range(0, count).mapToObj(this::dossier);
    }

    /**
     * Returns dossier number {@code index}.
     *
     * @param index the dossier's number, zero or more
     * @return the dossier
     */
    public Dossier dossier(long index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        boolean district = random.nextInt(100) < 30;
        Unit unit = district
                ? units().get(1 + random.nextInt(AGENCIES))
                : units().get(1 + AGENCIES + random.nextInt(COMMUNES));
        Procedure procedure = district
                ? procedures().get(random.nextInt(AGENCIES))
                : procedures().get(AGENCIES + random.nextInt(procedures().size() - AGENCIES));
        long windowDays = period().end().toEpochDay() - period().start().toEpochDay();
        Channel channel = channel(random);
        LocalDate day = period().start().plusDays(random.nextLong(windowDays + 1));
        // Only the portal receives on days off; the desk and the post office on working days.
        LocalDate receivedDay =
                channel == Channel.ONLINE || calendar.isWorkingDay(day) ? day : calendar.plusWorkingDays(day, 1);
        Instant received = at(receivedDay, LocalTime.of(7, 0).plusMinutes(random.nextInt(600)));
        Dossier.Builder dossier = Dossier.builder()
                .id(String.format("SYN-%09d", index))
                .procedureCode(procedure.code())
                .receivingUnitCode(unit.code())
                .resolvingUnitCode(unit.code())
                .channel(channel)
                .receivedAt(received);
        Instant clock = received;
        if (random.nextInt(100) < 8) {
            Instant requested = clock.plusSeconds(3600L * (1 + random.nextInt(60)));
            boolean answered = random.nextInt(10) > 0;
            clock = answered ? requested.plusSeconds(3600L * (1 + random.nextInt(200))) : requested;
            dossier.addSupplementRequests(
                    answered ? SupplementRequest.of(requested, clock) : SupplementRequest.unanswered(requested));
            if (!answered) {
                return dossier.build();
            }
        }
        LocalDate due = deadlineRules().deadline(dossier.build()).dueDate().orElseThrow();
        if (random.nextInt(100) < 2) {
            Instant apology = at(calendar.plusWorkingDays(due, -1 - random.nextInt(2)), LocalTime.of(9, 0));
            if (apology.isAfter(clock)) {
                dossier.addExtensions(Extension.of(apology, calendar.plusWorkingDays(due, 5)));
                clock = apology;
            }
        }
        int draw = random.nextInt(1000);
        if (draw < 15) {
            Outcome closed = draw < 8 ? Outcome.REFUSED : draw < 13 ? Outcome.WITHDRAWN : Outcome.STOPPED;
            return dossier.outcome(closed).returnedAt(clock.plusSeconds(3600)).build();
        }
        LocalDate endDay = draw < 30
                ? calendar.plusWorkingDays(due, 1 + random.nextInt(10))
                : draw < 130 ? due : calendar.plusWorkingDays(due, -random.nextInt(3));
        Instant end = at(endDay, LocalTime.of(8, 0).plusMinutes(random.nextInt(480)));
        if (end.isBefore(clock)) {
            end = clock.plusSeconds(1800);
        }
        if (VietnamTime.dateOf(end).isAfter(period().end())) {
            return dossier.build();
        }
        return dossier.outcome(Outcome.RESOLVED)
                .resultReadyAt(end)
                .returnedAt(end)
                .build();
    }

    private static Channel channel(SplittableRandom random) {
        int draw = random.nextInt(100);
        return draw < 35 ? Channel.ONLINE : draw < 98 ? Channel.DIRECT : Channel.POSTAL;
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(VietnamTime.ZONE).toInstant();
    }

    private static List<Unit> buildUnits() {
        List<Unit> units = new ArrayList<>();
        units.add(unit(DISTRICT, "UBND huyện mô phỏng", UnitLevel.DISTRICT, UnitKind.PEOPLES_COMMITTEE));
        for (int i = 1; i <= AGENCIES; i++) {
            units.add(
                    unit(DISTRICT + ".P" + i, "Phòng mô phỏng " + i, UnitLevel.DISTRICT, UnitKind.SPECIALISED_AGENCY));
        }
        for (int i = 1; i <= COMMUNES; i++) {
            units.add(unit(DISTRICT + ".X" + i, "Xã mô phỏng " + i, UnitLevel.COMMUNE, UnitKind.PEOPLES_COMMITTEE));
        }
        return List.copyOf(units);
    }

    private static Unit unit(String code, String name, UnitLevel level, UnitKind kind) {
        Unit.Builder builder = Unit.builder()
                .code(code)
                .name(name)
                .level(level)
                .kind(kind)
                .effectiveFrom(VietnamCalendars.RANGE.start());
        if (!code.equals(DISTRICT)) {
            builder.parentCode(DISTRICT);
        }
        return builder.build();
    }

    private static List<Procedure> buildProcedures() {
        return List.of(
                procedure("SYN.H1", "Đăng ký biến động đất đai", "DD", "Đất đai", ProcessingTime.workingDays(10)),
                procedure("SYN.H2", "Cấp giấy phép xây dựng", "XD", "Xây dựng", ProcessingTime.workingDays(15)),
                procedure("SYN.H3", "Đăng ký hộ kinh doanh", "HKD", "Hộ kinh doanh", ProcessingTime.workingDays(3)),
                procedure("SYN.H4", "Cấp điện mới", "DIEN", "Điện", ProcessingTime.calendarDays(7)),
                procedure("SYN.H5", "Chứng thực bản sao", "CT", "Chứng thực", ProcessingTime.workingHours(8)),
                procedure("SYN.H6", "Trợ cấp xã hội", "BTXH", "Bảo trợ xã hội", ProcessingTime.workingDays(7)),
                procedure("SYN.X1", "Đăng ký khai sinh", "HT", "Hộ tịch", ProcessingTime.sameDay()),
                procedure("SYN.X2", "Xác nhận tình trạng hôn nhân", "HT", "Hộ tịch", ProcessingTime.workingDays(3)),
                procedure("SYN.X3", "Chứng thực hợp đồng", "CT", "Chứng thực", ProcessingTime.workingDays(2)),
                procedure("SYN.X4", "Hòa giải tranh chấp đất đai", "DD", "Đất đai", ProcessingTime.calendarDays(45)));
    }

    private static Procedure procedure(
            String code, String name, String fieldCode, String fieldName, ProcessingTime processingTime) {
        return Procedure.builder()
                .code(code)
                .name(name)
                .field(Field.of(fieldCode, fieldName))
                .processingTime(processingTime)
                .build();
    }
}
