package io.github.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.InvalidValueException;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ProcedureTest {
    private static final Field CIVIL_STATUS = Field.of("HT", "Hộ tịch");

    private static Procedure.Builder landProcedure() {
        return Procedure.builder()
                .code("1.004227")
                .name("Đăng ký biến động quyền sử dụng đất")
                .field(Field.of("DD", "Đất đai"))
                .processingTime(ProcessingTime.workingDays(10));
    }

    @Test
    void aSameDayProcedureHasNoStepsByDefault() {
        Procedure birth = Procedure.builder()
                .code("1.001193")
                .name("Thủ tục đăng ký khai sinh")
                .field(CIVIL_STATUS)
                .processingTime(ProcessingTime.sameDay())
                .build();

        assertThat(birth.steps()).isEmpty();
        assertThat(birth.cutOffTime()).isEmpty();
        assertThat(birth.processingTime()).hasToString("SAME_DAY");
    }

    @Test
    void stepsAndCutOffAreKept() {
        Procedure procedure = landProcedure()
                .addSteps(ProcedureStep.of("B1", "Văn phòng đăng ký đất đai thẩm định", ProcessingTime.workingDays(7)))
                .addSteps(ProcedureStep.of(
                        "B2", "Chi cục Thuế xác định nghĩa vụ tài chính", ProcessingTime.workingDays(3)))
                .cutOffTime(LocalTime.of(15, 0))
                .build();

        assertThat(procedure.steps()).extracting(ProcedureStep::id).containsExactly("B1", "B2");
        assertThat(procedure.cutOffTime()).contains(LocalTime.of(15, 0));
    }

    @Test
    void stepsThatTakeLongerThanTheProcedureAreRejected() {
        assertThatThrownBy(() -> landProcedure()
                        .addSteps(ProcedureStep.of("B1", "Thẩm định", ProcessingTime.workingDays(8)))
                        .addSteps(ProcedureStep.of("B2", "Phê duyệt", ProcessingTime.workingDays(3)))
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Procedure '1.004227': steps.allottedTime = 11 WORKING_DAYS breaks the rule:"
                        + " the steps' allotted times must not exceed the processing time 10 WORKING_DAYS");
    }

    @Test
    void stepsCountedInAnotherUnitAreNotAddedToTheTotal() {
        Procedure procedure = landProcedure()
                .addSteps(ProcedureStep.of("B1", "Thẩm định", ProcessingTime.workingDays(10)))
                .addSteps(ProcedureStep.of("B2", "Ký duyệt", ProcessingTime.workingHours(4)))
                .build();

        assertThat(procedure.steps()).hasSize(2);
    }

    @Test
    void repeatedStepIdIsRejected() {
        assertThatThrownBy(() -> landProcedure()
                        .addSteps(ProcedureStep.of("B1", "Thẩm định", ProcessingTime.workingDays(2)))
                        .addSteps(ProcedureStep.of("B1", "Phê duyệt", ProcessingTime.workingDays(2)))
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Procedure '1.004227': steps.id = 'B1' breaks the rule: must not be listed twice");
    }

    @Test
    void blankCodeOrNameIsRejected() {
        assertThatThrownBy(() -> landProcedure().code("").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Procedure: code = '' breaks the rule: must not be blank");
        assertThatThrownBy(() -> Field.of("HT", " "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Field 'HT': name = ' ' breaks the rule: must not be blank");
    }

    @Test
    void processingTimeAmountMustFitItsUnit() {
        assertThatThrownBy(() -> ProcessingTime.workingDays(0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("ProcessingTime: amount = 0 breaks the rule: must be positive for WORKING_DAYS");
        assertThatThrownBy(() -> ProcessingTime.of(1, ProcessingTimeUnit.SAME_DAY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("ProcessingTime: amount = 1 breaks the rule: must be 0 for SAME_DAY");
        assertThat(ProcessingTime.workingHours(4)).hasToString("4 WORKING_HOURS");
        assertThat(ProcessingTime.calendarDays(30)).isEqualTo(ProcessingTime.of(30, ProcessingTimeUnit.CALENDAR_DAYS));
    }
}
