package io.github.motcua.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.InvalidValueException;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The two-level local government of 1 July 2025 on a small map: a district office and communes that merged. */
class UnitDirectoryTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static Unit unit(
            String code, UnitLevel level, LocalDate from, @Nullable LocalDate until, String... predecessors) {
        Unit.Builder builder = Unit.builder();
        builder.code(code)
                .name("Đơn vị " + code)
                .level(level)
                .kind(UnitKind.PEOPLES_COMMITTEE)
                .effectiveFrom(from)
                .predecessorCodes(List.of(predecessors));
        if (until != null) {
            builder.effectiveUntil(until);
        }
        return builder.build();
    }

    private static final LocalDate OLD = LocalDate.of(2008, 1, 1);
    private final UnitDirectory units = UnitDirectory.of(List.of(
            unit("TC.P01", UnitLevel.DISTRICT, OLD, LAST_DAY),
            unit("X.MN", UnitLevel.COMMUNE, OLD, LAST_DAY),
            unit("X.TC", UnitLevel.COMMUNE, REFORM, null, "TC.P01", "X.MN"),
            unit("X.PL", UnitLevel.COMMUNE, OLD, LAST_DAY),
            unit("X.PL", UnitLevel.COMMUNE, REFORM, null),
            unit("X.CL", UnitLevel.COMMUNE, OLD, LAST_DAY),
            unit("X.MK", UnitLevel.COMMUNE, REFORM, null, "X.CL"),
            unit("X.LH", UnitLevel.COMMUNE, REFORM, null, "X.CL")));

    private static Dossier dossier(String unit, String received, @Nullable String ended) {
        Dossier.Builder dossier = Dossier.builder()
                .id("HS-1")
                .procedureCode("P")
                .receivingUnitCode(unit)
                .resolvingUnitCode(unit)
                .channel(Channel.DIRECT)
                .receivedAt(at(received));
        if (ended != null) {
            dossier.outcome(Outcome.RESOLVED).returnedAt(at(ended));
        }
        return dossier.build();
    }

    private static java.time.Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }

    @Test
    void aUnitMayHaveSeveralVersionsButTheyMustNotOverlap() {
        assertThat(units.versions("X.PL")).hasSize(2);
        assertThat(units.inForce("X.PL", LAST_DAY)).map(Unit::effectiveFrom).contains(OLD);
        assertThat(units.inForce("X.PL", REFORM)).map(Unit::effectiveFrom).contains(REFORM);
        assertThat(units.inForce("TC.P01", REFORM)).isEmpty();

        assertThatThrownBy(() -> UnitDirectory.of(List.of(
                        unit("X.PL", UnitLevel.COMMUNE, OLD, LAST_DAY),
                        unit("X.PL", UnitLevel.COMMUNE, LAST_DAY, null))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("the version from 2025-06-30 overlaps the version from 2008-01-01 to 2025-06-30");
    }

    @Test
    void aCeasedUnitsWorkPassesToTheSuccessorThatNamesIt() {
        assertThat(units.ceasedOn("TC.P01")).contains(REFORM);
        assertThat(units.holderOn("TC.P01", LAST_DAY, Map.of())).isEqualTo("TC.P01");
        assertThat(units.holderOn("TC.P01", REFORM, Map.of())).isEqualTo("X.TC");
        assertThat(units.holderOn("X.PL", REFORM, Map.of()))
                .as("a new version, not a successor")
                .isEqualTo("X.PL");
    }

    @Test
    void severalSuccessorsNeedAChoice() {
        assertThatThrownBy(() -> units.holderOn("X.CL", REFORM, Map.of()))
                .isInstanceOf(AmbiguousSuccessorException.class)
                .hasMessageContaining("unit 'X.CL' has ceased and 2 units name it as their predecessor (X.MK, X.LH)");
        assertThat(units.holderOn("X.CL", REFORM, Map.of("X.CL", "X.LH"))).isEqualTo("X.LH");
    }

    @Test
    void aSuccessorTakesOverOnlyOnceItHasBegunAndAChoiceMustBeASuccessor() {
        UnitDirectory gap = UnitDirectory.of(List.of(
                unit("A", UnitLevel.COMMUNE, OLD, LAST_DAY),
                unit("B", UnitLevel.COMMUNE, LocalDate.of(2026, 1, 1), null, "A")));

        assertThat(gap.holderOn("A", LocalDate.of(2025, 8, 1), Map.of())).isEqualTo("A");
        assertThat(gap.holderOn("A", LocalDate.of(2026, 1, 1), Map.of())).isEqualTo("B");
        assertThatThrownBy(() -> units.holderOn("X.CL", REFORM, Map.of("X.CL", "X.TC")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must name it among its predecessors; these do: X.MK, X.LH");
        assertThatThrownBy(() -> Succession.toSuccessor()
                        .withChoices(Map.of("X.CL", "ZZZ"))
                        .requireChoicesIn(units))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ZZZ");
    }

    @Test
    void theSuccessionPolicyPlacesEachDossier() {
        Dossier endedBefore = dossier("TC.P01", "2025-06-10T09:00", "2025-06-20T10:00");
        Dossier pendingAcross = dossier("TC.P01", "2025-06-20T09:00", "2025-07-03T10:00");
        LocalDate reportDate = LocalDate.of(2025, 12, 14);

        assertThat(Succession.toSuccessor().holder(units, "TC.P01", endedBefore, reportDate))
                .isEqualTo("TC.P01");
        assertThat(Succession.toSuccessor().holder(units, "TC.P01", pendingAcross, reportDate))
                .isEqualTo("X.TC");
        assertThat(Succession.recorded().holder(units, "TC.P01", pendingAcross, reportDate))
                .isEqualTo("TC.P01");
        assertThat(Succession.asMap(REFORM).holder(units, "TC.P01", endedBefore, reportDate))
                .isEqualTo("X.TC");
    }
}
