package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.Language;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.sample.ThuanChau2023;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.Attribution;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitLevel;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which row each counted dossier falls in, and each row's label, for every grouping. */
class RowGroupingTest {
    private static final ThuanChau2023 SAMPLE = ThuanChau2023.load();
    private static final TimelinessClassifier CLASSIFIER =
            TimelinessClassifier.builder().deadlineRules(SAMPLE.deadlineRules()).build();

    /** The first sample dossier counted in 2023 that a commune resolved. */
    private static Counted communeDossier() {
        return first(dossier -> level(dossier.resolvingUnitCode()) == UnitLevel.COMMUNE);
    }

    private static Counted first(Predicate<Dossier> which) {
        return SAMPLE.dossiers().stream()
                .filter(which)
                .flatMap(dossier -> Counted.inPeriod(dossier, SAMPLE.period(), CLASSIFIER).stream())
                .findFirst()
                .orElseThrow();
    }

    private static UnitLevel level(String code) {
        return SAMPLE.units().stream()
                .filter(unit -> unit.code().equals(code))
                .findFirst()
                .map(Unit::level)
                .orElseThrow();
    }

    private static String name(String code) {
        return SAMPLE.units().stream()
                .filter(unit -> unit.code().equals(code))
                .findFirst()
                .map(Unit::name)
                .orElseThrow();
    }

    @Test
    void byUnitTheAttributionChoosesTheUnitAndItsNameLabelsTheRow() {
        Counted counted = first(dossier -> !dossier.receivingUnitCode().equals(dossier.resolvingUnitCode()));
        Dossier dossier = counted.dossier();

        RowGrouping<String> resolving = RowGrouping.byUnit(Attribution.RESOLVING_UNIT, SAMPLE.units());
        RowGrouping<String> receiving = RowGrouping.byUnit(Attribution.RECEIVING_UNIT, SAMPLE.units());

        assertThat(resolving.grouping()).isEqualTo(Grouping.UNIT);
        assertThat(resolving.key().apply(counted)).isEqualTo(dossier.resolvingUnitCode());
        assertThat(receiving.key().apply(counted)).isEqualTo(dossier.receivingUnitCode());
        assertThat(resolving.label().apply(dossier.resolvingUnitCode())).isEqualTo(name(dossier.resolvingUnitCode()));
        assertThat(RowGrouping.byUnit(Attribution.RESOLVING_UNIT, List.of())
                        .label()
                        .apply("X.1"))
                .as("a unit not listed is labelled with its code")
                .isEqualTo("X.1");
    }

    @Test
    void byLevelTheUnitsGiveTheLevelAndTheLanguageItsLabel() {
        Counted counted = communeDossier();

        RowGrouping<UnitLevel> vi = RowGrouping.byLevel(Attribution.RESOLVING_UNIT, SAMPLE.units(), Language.VI);

        assertThat(vi.key().apply(counted)).isEqualTo(UnitLevel.COMMUNE);
        assertThat(vi.label().apply(UnitLevel.COMMUNE)).isEqualTo("Cấp xã");
        assertThat(RowGrouping.byLevel(Attribution.RESOLVING_UNIT, SAMPLE.units(), Language.EN)
                        .label()
                        .apply(UnitLevel.DISTRICT))
                .isEqualTo(Labels.of(Language.EN).level(UnitLevel.DISTRICT));
    }

    @Test
    void byLevelNeedsTheUnitsAndEveryDossiersUnitAmongThem() {
        Counted counted = communeDossier();
        List<Unit> others = SAMPLE.units().stream()
                .filter(unit -> !unit.code().equals(counted.dossier().resolvingUnitCode()))
                .toList();

        assertThatThrownBy(() -> RowGrouping.byLevel(Attribution.RESOLVING_UNIT, List.of(), Language.VI))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs the units");
        assertThatThrownBy(() -> RowGrouping.byLevel(Attribution.RESOLVING_UNIT, others, Language.VI)
                        .key()
                        .apply(counted))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counts for unit " + counted.dossier().resolvingUnitCode());
    }

    @Test
    void byFieldTheProcedureVersionInForceGivesTheFieldLabelledWithItsCodeAndName() {
        Counted counted = communeDossier();
        var field = SAMPLE.procedures().stream()
                .filter(procedure -> procedure.code().equals(counted.dossier().procedureCode()))
                .findFirst()
                .orElseThrow()
                .field();

        RowGrouping<String> fields = RowGrouping.byField(SAMPLE.catalogue());
        String key = fields.key().apply(counted);

        assertThat(key).isEqualTo(field.code());
        assertThat(fields.label().apply(key)).isEqualTo(field.code() + " " + field.name());
    }

    @Test
    void byChannelTheChannelLabelledInTheLanguage() {
        Counted counted = communeDossier();
        Channel channel = counted.dossier().channel();

        RowGrouping<Channel> channels = RowGrouping.byChannel(Language.VI);

        assertThat(channels.key().apply(counted)).isEqualTo(channel);
        assertThat(channels.label().apply(channel))
                .isEqualTo(Labels.of(Language.VI).channel(channel));
    }

    @Test
    void eachGroupingGivesItsOwnRows() {
        for (Grouping grouping : Grouping.values()) {
            assertThat(grouping.rows(Attribution.RESOLVING_UNIT, SAMPLE.units(), SAMPLE.catalogue(), Language.EN)
                            .grouping())
                    .isEqualTo(grouping);
        }
    }
}
