package io.github.motcua.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReportColumnTest {
    @Test
    void theNumberedColumnsAreTheFormsThreeToThirteenInOrder() {
        assertThat(Arrays.stream(ReportColumn.values())
                        .map(ReportColumn::number)
                        .filter(OptionalInt::isPresent)
                        .mapToInt(OptionalInt::getAsInt))
                .containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(ReportColumn.LATE_EXCUSED.number()).isEmpty();
        assertThat(ReportColumn.STOPPED.number()).isEmpty();
    }

    @Test
    void aColumnsKeyIsTheNameOfItsCount() {
        assertThat(ReportColumn.RECEIVED.key()).isEqualTo("received");
        assertThat(ReportColumn.NEW_DIRECT_OR_POSTAL.key()).isEqualTo("newDirectOrPostal");
        assertThat(ReportColumn.LATE_ADJUSTED.key()).isEqualTo("lateAdjusted");
    }

    @Test
    void theIdentitiesReadByNumberWhereTheFormNumbersEveryColumn() {
        assertThat(ReportColumn.identities())
                .extracting(ReportColumn.Identity::toString)
                .containsExactly(
                        "(3) = (4) + (5) + (6)",
                        "(7) = (8) + (9) + (10)",
                        "(11) = (12) + (13)",
                        "received = resolved + pending + withdrawn + refused + stopped",
                        "late = lateExcused + lateAdjusted");
    }

    @Test
    void everyColumnTakesPartInAnIdentity() {
        assertThat(ReportColumn.identities().stream()
                        .flatMap(identity -> Stream.concat(Stream.of(identity.total()), identity.parts().stream()))
                        .distinct())
                .containsExactlyInAnyOrder(ReportColumn.values());
    }

    @Test
    void anIdentityNeedsPartsOtherThanItsTotal() {
        assertThatThrownBy(() -> new ReportColumn.Identity(ReportColumn.LATE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportColumn.Identity(ReportColumn.LATE, List.of(ReportColumn.LATE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aColumnReadsItsCountFromATally() {
        Tally empty = Tally.empty();

        assertThat(ReportColumn.values())
                .allSatisfy(column -> assertThat(column.count(empty)).isZero());
        assertThat(ReportColumn.identities().get(0).sumOfParts(empty)).isZero();
    }
}
