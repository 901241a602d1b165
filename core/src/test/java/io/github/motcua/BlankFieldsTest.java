package io.github.motcua;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.calendar.CalendarEntry;
import io.github.motcua.calendar.DayKind;
import io.github.motcua.calendar.EntryStatus;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Complaint;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierExcusal;
import io.github.motcua.dossier.Evaluation;
import io.github.motcua.dossier.EvaluationChannel;
import io.github.motcua.dossier.HandlingStep;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureStep;
import io.github.motcua.procedure.ProcessingTime;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitKind;
import io.github.motcua.unit.UnitLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text field of the model that must say something refuses a blank, naming the field. */
class BlankFieldsTest {
    private static final Instant AT = Instant.parse("2023-03-01T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2023, 3, 1);

    static Stream<Arguments> blanks() {
        return Stream.of(
                blank("Unit.code", "code", () -> unit(" ", "UBND xã")),
                blank("Unit.name", "name", () -> unit("U1", " ")),
                blank(
                        "CalendarEntry.name",
                        "name",
                        () -> CalendarEntry.of(DAY, DayKind.LOCAL_DAY_OFF, " ", "Quyết định 1", EntryStatus.PUBLISHED)),
                blank(
                        "CalendarEntry.source",
                        "source",
                        () -> CalendarEntry.of(DAY, DayKind.LOCAL_DAY_OFF, "Nghỉ", "", EntryStatus.PUBLISHED)),
                blank("Field.code", "code", () -> Field.of(" ", "Hộ tịch")),
                blank("Field.name", "name", () -> Field.of("HT", " ")),
                blank(
                        "ProcedureStep.id",
                        "id",
                        () -> ProcedureStep.of(" ", "Tiếp nhận", ProcessingTime.workingDays(1))),
                blank("ProcedureStep.name", "name", () -> ProcedureStep.of("B1", " ", ProcessingTime.workingDays(1))),
                blank(
                        "Procedure.name",
                        "name",
                        () -> Procedure.builder()
                                .code("P1")
                                .name(" ")
                                .field(Field.of("HT", "Hộ tịch"))
                                .processingTime(ProcessingTime.workingDays(3))
                                .build()),
                blank(
                        "Dossier.procedureCode",
                        "procedureCode",
                        () -> dossier().procedureCode("P\u200B1").build()),
                blank("HandlingStep.stepId", "stepId", () -> step(" ", "U1", "CB1")),
                blank("HandlingStep.unitCode", "unitCode", () -> step("B1", " ", "CB1")),
                blank("HandlingStep.officialId", "officialId", () -> step("B1", "U1", " ")),
                blank("DossierExcusal.reasonCode", "reasonCode", () -> DossierExcusal.of(" ", "Mất điện")),
                blank("DossierExcusal.reasonText", "reasonText", () -> DossierExcusal.of("MLL", " ")),
                blank("Complaint.subject", "subject", () -> Complaint.of(AT, true, " ")),
                blank("ExcusalInterval.reason", "reason", () -> interval(" ", "CV 1", List.of())),
                blank("ExcusalInterval.source", "source", () -> interval("Mất điện", " ", List.of())),
                blank(
                        "ExcusalInterval.unitCodes",
                        "unitCodes",
                        () -> interval("Mất điện", "CV 1", List.of("U1", "U1"))),
                blank(
                        "Evaluation.ratings",
                        "ratings",
                        () -> evaluation().putRatings(" ", 3).build()),
                blank(
                        "Evaluation.contactsNeeded",
                        "contactsNeeded",
                        () -> evaluation().contactsNeeded(-1).build()),
                blank(
                        "Evaluation.agenciesContacted",
                        "agenciesContacted",
                        () -> evaluation().agenciesContacted(-1).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blanks")
    void aFieldThatMustSaySomethingRefusesABlankNamingTheField(String name, String field, Executable build) {
        assertThatThrownBy(build::execute)
                .isInstanceOf(InvalidValueException.class)
                .extracting(thrown -> ((InvalidValueException) thrown).field())
                .isEqualTo(field);
    }

    private static Arguments blank(String name, String field, Executable build) {
        return Arguments.of(name, field, build);
    }

    private static Unit unit(String code, String name) {
        return Unit.builder()
                .code(code)
                .name(name)
                .level(UnitLevel.COMMUNE)
                .kind(UnitKind.PEOPLES_COMMITTEE)
                .effectiveFrom(LocalDate.of(2013, 5, 1))
                .build();
    }

    private static Dossier.Builder dossier() {
        return Dossier.builder()
                .id("HS-1")
                .procedureCode("P1")
                .receivingUnitCode("U1")
                .resolvingUnitCode("U1")
                .channel(Channel.DIRECT)
                .receivedAt(AT);
    }

    private static HandlingStep step(String stepId, String unitCode, String officialId) {
        return HandlingStep.builder()
                .stepId(stepId)
                .unitCode(unitCode)
                .officialId(officialId)
                .startedAt(AT)
                .build();
    }

    private static ExcusalInterval interval(String reason, String source, List<String> unitCodes) {
        return ExcusalInterval.builder()
                .start(DAY)
                .end(DAY)
                .reason(reason)
                .source(source)
                .unitCodes(unitCodes)
                .build();
    }

    private static Evaluation.Builder evaluation() {
        return Evaluation.builder().channel(EvaluationChannel.FORM).submittedAt(AT);
    }
}
