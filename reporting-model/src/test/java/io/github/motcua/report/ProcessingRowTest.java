package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.motcua.InvalidValueException;
import io.github.motcua.tally.ReportColumn;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A row holds one count per report column, and the columns' identities are checked on it. */
class ProcessingRowTest {
    @Test
    void theRowsCountsAreTheReportColumnsInTheirOrder() {
        assertThat(Arrays.stream(ProcessingRow.class.getRecordComponents())
                        .filter(component -> component.getType() == long.class)
                        .map(RecordComponent::getName))
                .containsExactly(Arrays.stream(ReportColumn.values())
                        .map(ReportColumn::key)
                        .toArray(String[]::new));
    }

    @Test
    void eachColumnReadsItsOwnCountFromARow() {
        ProcessingRow row = ThuanChau2023ReportGoldenTest.byLevel().row("DISTRICT");

        assertThat(ReportColumn.RECEIVED.count(row)).isEqualTo(3673);
        assertThat(ReportColumn.LATE_EXCUSED.count(row)).isEqualTo(26);
        assertThat(ReportColumn.LATE_ADJUSTED.count(row)).isEqualTo(9);
    }

    @Test
    void aLateCountThatIsNotExcusedPlusAdjustedIsRefusedByTheColumnsKeys() {
        assertThatThrownBy(() -> new ProcessingRow(
                        "X",
                        "Xã X",
                        1,
                        0,
                        1,
                        0,
                        1,
                        0,
                        0,
                        1,
                        1,
                        1,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        Optional.empty(),
                        Optional.empty()))
                .isInstanceOf(ReportIdentityException.class)
                .hasMessage("row 'Xã X': late = lateExcused + lateAdjusted does not hold: 1 ≠ 2")
                .asInstanceOf(type(InvalidValueException.class))
                .returns("Xã X", InvalidValueException::valueId)
                .returns("late = lateExcused + lateAdjusted", InvalidValueException::field)
                .returns("1 ≠ 2", InvalidValueException::value);
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> new ProcessingRow(
                        "X",
                        "Xã X",
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        -1,
                        Optional.empty(),
                        Optional.empty()))
                .isInstanceOf(ReportIdentityException.class)
                .hasMessage("row 'Xã X': stopped must not be negative: -1");
    }
}
