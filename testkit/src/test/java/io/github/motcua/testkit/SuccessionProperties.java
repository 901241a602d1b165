package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.VietnamTime;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.unit.Succession;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitDirectory;
import io.github.motcua.unit.UnitKind;
import io.github.motcua.unit.UnitLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of succession over generated maps: chains of mergers at generated dates, and dossiers of any
 * unit received and ended at any day around them.
 */
class SuccessionProperties {
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

    /**
     * A chain U0 → U1 → … → Un: each unit ceases, and the next, which names it, starts the day after
     * or some days later (a gap).
     */
    private static UnitDirectory chain(List<Integer> lengths) {
        List<Unit> units = new ArrayList<>();
        LocalDate from = FIRST.minusYears(10);
        LocalDate start = FIRST;
        for (int i = 0; i <= lengths.size(); i++) {
            LocalDate until = i < lengths.size() ? start.plusDays(lengths.get(i)) : null;
            Unit.Builder unit = Unit.builder();
            unit.code("U" + i)
                    .name("Đơn vị " + i)
                    .level(i == 0 ? UnitLevel.DISTRICT : UnitLevel.COMMUNE)
                    .kind(UnitKind.PEOPLES_COMMITTEE)
                    .effectiveFrom(from);
            if (i > 0) {
                unit.addPredecessorCodes("U" + (i - 1));
            }
            if (until != null) {
                unit.effectiveUntil(until);
                from = until.plusDays(1 + gap(lengths.get(i)));
                start = from;
            }
            units.add(unit.build());
        }
        return UnitDirectory.of(units);
    }

    /** A gap of up to 40 days after some units, derived from the unit's length so that shrinking keeps it. */
    private static int gap(int length) {
        return length % 3 == 0 ? length % 41 : 0;
    }

    @Provide
    Arbitrary<List<Integer>> lengths() {
        return Arbitraries.integers().between(0, 200).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 2000)
    void aDossierPassesOnlyAlongItsUnitsChainAndLandsOnAUnitInForceOnItsDay(
            @ForAll("lengths") List<Integer> lengths,
            @ForAll @IntRange(min = 0, max = 4) int unitIndex,
            @ForAll @IntRange(min = 0, max = 900) int receivedAfter,
            @ForAll @IntRange(min = 0, max = 400) int endedAfter,
            @ForAll @IntRange(min = 0, max = 900) int mapAfter) {
        UnitDirectory units = chain(lengths);
        int recorded = Math.min(unitIndex, lengths.size());
        LocalDate received = FIRST.plusDays(receivedAfter);
        LocalDate reportDate = received.plusDays(400);
        Dossier dossier = Dossier.builder()
                .id("HS-1")
                .procedureCode("P")
                .receivingUnitCode("U" + recorded)
                .resolvingUnitCode("U" + recorded)
                .channel(Channel.DIRECT)
                .receivedAt(received.atTime(9, 0).atZone(VietnamTime.ZONE).toInstant())
                .outcome(Outcome.RESOLVED)
                .returnedAt(received.plusDays(endedAfter)
                        .atTime(10, 0)
                        .atZone(VietnamTime.ZONE)
                        .toInstant())
                .build();

        for (Succession succession :
                List.of(Succession.toSuccessor(), Succession.asMap(FIRST.plusDays(mapAfter)), Succession.recorded())) {
            String holder = succession.holder(units, "U" + recorded, dossier, reportDate);
            int index = Integer.parseInt(holder.substring(1));
            assertThat(index).as("only forward along the chain").isGreaterThanOrEqualTo(recorded);
            if (succession.toString().contains("recorded")) {
                assertThat(index).isEqualTo(recorded);
            } else {
                LocalDate day = succession.day(dossier, reportDate);
                boolean inForce = units.inForce(holder, day).isPresent();
                boolean notBegun = units.versions(holder).get(0).effectiveFrom().isAfter(day);
                boolean waitingForSuccessor = units.ceasedOn(holder)
                                .filter(ceased -> !day.isBefore(ceased))
                                .isPresent()
                        && units.successorsOf(holder).stream()
                                .allMatch(successor -> units.versions(successor)
                                        .get(0)
                                        .effectiveFrom()
                                        .isAfter(day));
                assertThat(inForce || waitingForSuccessor || (notBegun && index == recorded))
                        .as("the holder is in force on the day, or ceased with no successor begun yet")
                        .isTrue();
            }
        }
        assertThat(units.holderOn("U0", FIRST.minusDays(1), Map.of())).isEqualTo("U0");
    }
}
