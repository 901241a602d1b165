package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcessingTime;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitDirectory;
import io.github.motcua.unit.UnitKind;
import io.github.motcua.unit.UnitLevel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Records held in memory are accepted or rejected as the file readers accept or reject records. */
class DossierValidationTest {
    /** Strict, so that 31/02 is refused rather than read as 28/02 as the default resolver would. */
    private static final DateTimeFormatter VENDOR =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);

    /** A row of a vendor's table: its own names, its own date text. */
    private record Row(
            @Nullable String code,
            String procedure,
            String unit,
            @Nullable String received,
            @Nullable String returned) {}

    private static @Nullable Dossier map(Row row) {
        if (row.code() == null && row.procedure().isEmpty()) {
            return null; // a row the vendor's code skips
        }
        Dossier.Builder dossier = Dossier.builder()
                .id(row.code())
                .procedureCode(row.procedure())
                .receivingUnitCode(row.unit())
                .resolvingUnitCode(row.unit())
                .channel(Channel.DIRECT);
        if (row.received() == null || !row.received().equals("-")) {
            dossier.receivedAt(
                    row.received() == null
                            ? null
                            : LocalDateTime.parse(row.received(), VENDOR)
                                    .atZone(io.github.motcua.VietnamTime.ZONE)
                                    .toInstant());
        }
        if (row.returned() != null) {
            dossier.outcome(Outcome.RESOLVED)
                    .returnedAt(LocalDateTime.parse(row.returned(), VENDOR)
                            .atZone(io.github.motcua.VietnamTime.ZONE)
                            .toInstant());
        }
        return dossier.build();
    }

    private static final List<Row> ROWS = List.of(
            new Row("HS-01", "P1", "X1", "01/03/2023 08:00", "03/03/2023 10:00"), // 1 accepted
            new Row("HS-02", "P1", "X1", null, null), // 2 null given to the builder
            new Row("HS-03", "P1", "X1", "-", null), // 3 receipt never set
            new Row("HS-04", "P1", "X1", "01/03/2023 08:00", "28/02/2023 10:00"), // 4 returned before receipt
            new Row("HS-05", "P9", "X1", "01/03/2023 08:00", null), // 5 unknown procedure
            new Row("HS-06", "P1", "X9", "01/03/2023 08:00", null), // 6 unknown unit
            new Row("HS-07", "P1", "X1", "01/03/2012 08:00", null), // 7 unit not yet in force
            new Row("HS-08", "P1", "X1", "31/02/2023 08:00", null), // 8 the vendor's date cannot be read
            new Row("HS-01", "P1", "X1", "02/03/2023 08:00", null), // 9 id already accepted
            new Row(null, "", "X1", null, null), // 10 the mapping gives no dossier
            new Row("HS-11", "P1", "X0", "01/03/2036 08:00", null), // 11 outside the working calendar
            new Row("HS-12", "P1", "X1", "06/03/2023 14:30", null)); // 12 accepted, pending

    private static DossierReader reader(boolean strict) {
        ProcedureCatalogue catalogue = ProcedureCatalogue.builder()
                .add(
                        Procedure.builder()
                                .code("P1")
                                .name("Chứng thực bản sao")
                                .field(Field.of("CT", "Chứng thực"))
                                .processingTime(ProcessingTime.workingDays(2))
                                .build(),
                        LocalDate.of(2013, 5, 1))
                .build();
        DeadlineRules rules = DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(catalogue)
                .build();
        UnitDirectory units =
                UnitDirectory.of(List.of(unit("X1", LocalDate.of(2015, 1, 1)), unit("X0", LocalDate.of(2013, 5, 1))));
        return DossierReader.forRecords()
                .units(units)
                .procedures(List.of("P1"))
                .rule(rules::deadline)
                .strict(strict)
                .build();
    }

    private static Unit unit(String code, LocalDate from) {
        return Unit.builder()
                .code(code)
                .name("Xã " + code)
                .level(UnitLevel.COMMUNE)
                .kind(UnitKind.PEOPLES_COMMITTEE)
                .effectiveFrom(from)
                .build();
    }

    @Test
    void everyRecordIsAcceptedOrRejectedWithItsNumberIdFieldAndRule() {
        List<Dossier> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();

        ReadSummary summary =
                reader(false).validate(ROWS, Row::code, DossierValidationTest::map, accepted::add, rejected::add);

        assertThat(summary).isEqualTo(new ReadSummary(12, 2, 10));
        assertThat(accepted).extracting(Dossier::id).containsExactly("HS-01", "HS-12");
        assertThat(rejected).extracting(Rejection::record).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(rejected)
                .allSatisfy(rejection -> assertThat(rejection.line()).isZero());
        assertThat(rejected)
                .extracting(Rejection::id)
                .containsExactly("HS-02", "HS-03", "HS-04", "HS-05", "HS-06", "HS-07", "HS-08", "HS-01", "", "HS-11");
        assertThat(rejected)
                .extracting(Rejection::column)
                .containsExactly(
                        "receivedAt",
                        "receivedAt",
                        "returnedAt",
                        "procedureCode",
                        "receivingUnitCode",
                        "receivingUnitCode",
                        "",
                        "id",
                        "",
                        "");
        assertThat(rejected.get(0).toString())
                .isEqualTo("record 2, dossier 'HS-02', field receivedAt, value '(null)': a required value is null");
        assertThat(rejected.get(1).reason()).isEqualTo("required field(s) missing: receivedAt");
        assertThat(rejected.get(2).reason()).startsWith("must not be before");
        assertThat(rejected.get(5).reason()).startsWith("unit X1 was not in force on 2012-03-01");
        assertThat(rejected.get(6).reason())
                .startsWith("the mapping failed: Text '31/02/2023 08:00' could not be parsed");
        assertThat(rejected.get(8).reason()).isEqualTo("the mapping gave no dossier");
        assertThat(rejected.get(9).reason()).startsWith("Dossier 'HS-11': ").contains("is outside the supported range");
    }

    @Test
    void strictValidationStopsAtTheFirstRejection() {
        assertThatThrownBy(() ->
                        reader(true).validate(ROWS, Row::code, DossierValidationTest::map, dossier -> {}, r -> {}))
                .isInstanceOf(RejectedRecordException.class)
                .hasMessage("record 2, dossier 'HS-02', field receivedAt, value '(null)': a required value is null");
    }

    @Test
    void aFaultOfTheMappingItselfReachesTheCaller() {
        assertThatThrownBy(() -> reader(false)
                        .validate(
                                ROWS,
                                Row::code,
                                row -> {
                                    throw new ClassCastException("a bug in the vendor's code");
                                },
                                dossier -> {},
                                r -> {}))
                .isInstanceOf(ClassCastException.class);
    }
}
