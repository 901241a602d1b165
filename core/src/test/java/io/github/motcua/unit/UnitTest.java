package io.github.motcua.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnitTest {

    private static Unit.Builder district() {
        return Unit.builder()
                .code("14.100")
                .name("UBND huyện Thuận Châu")
                .level(UnitLevel.DISTRICT)
                .kind(UnitKind.PEOPLES_COMMITTEE)
                .parentCode("14")
                .effectiveFrom(LocalDate.of(2013, 5, 1))
                .effectiveUntil(LocalDate.of(2025, 6, 30));
    }

    @Test
    void aUnitIsEffectiveFromItsFirstToItsLastDayInclusive() {
        Unit unit = district().build();

        assertThat(unit.isEffectiveOn(LocalDate.of(2013, 4, 30))).isFalse();
        assertThat(unit.isEffectiveOn(LocalDate.of(2013, 5, 1))).isTrue();
        assertThat(unit.isEffectiveOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(unit.isEffectiveOn(LocalDate.of(2025, 7, 1))).isFalse();
    }

    @Test
    void aUnitWithoutEndDateIsEffectiveFromItsFirstDayOn() {
        Unit commune = Unit.builder()
                .code("14.0100")
                .name("UBND xã Thuận Châu")
                .level(UnitLevel.COMMUNE)
                .kind(UnitKind.PEOPLES_COMMITTEE)
                .effectiveFrom(LocalDate.of(2025, 7, 1))
                .addPredecessorCodes("14.100.0001", "14.100.0002")
                .build();

        assertThat(commune.isEffectiveOn(LocalDate.of(2100, 1, 1))).isTrue();
        assertThat(commune.predecessorCodes()).containsExactly("14.100.0001", "14.100.0002");
    }

    @Test
    void aUnitCannotBeItsOwnParentOrPredecessor() {
        assertThatThrownBy(() -> district().parentCode("14.100").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unit '14.100': parentCode = 14.100 breaks the rule: a unit cannot be its own parent");
        assertThatThrownBy(() -> district().addPredecessorCodes("14.100").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(
                        "Unit '14.100': predecessorCodes = 14.100 breaks the rule: a unit cannot be its own predecessor");
        assertThatThrownBy(
                        () -> district().addPredecessorCodes("14.101", "14.101").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unit '14.100': predecessorCodes = '14.101' breaks the rule: must not be listed twice");
    }

    @Test
    void anEffectivePeriodThatEndsBeforeItStartsIsRejected() {
        assertThatThrownBy(() ->
                        district().effectiveUntil(LocalDate.of(2013, 4, 30)).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unit '14.100': effectiveUntil = 2013-04-30 breaks the rule:"
                        + " must not be before effectiveFrom (2013-05-01)");
    }
}
