package io.github.motcua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.motcua.InvalidValueException;
import io.github.motcua.Language;
import io.github.motcua.dossier.Channel;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.Subject;
import io.github.motcua.ranking.Ranking;
import io.github.motcua.ranking.Standings;
import io.github.motcua.scoring.qd766.Qd766Index;
import io.github.motcua.scoring.tt01.Tt01Schemes;
import io.github.motcua.timeliness.ClassificationPolicy;
import io.github.motcua.timeliness.Timeliness;
import io.github.motcua.unit.UnitLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding schemes by id, the built-in ones and a user's own registered through ServiceLoader. */
class SchemesTest {
    private static Evidence evidence(String code, String name, int complaints) {
        return Evidence.builder(Subject.unit(code, name, UnitLevel.COMMUNE))
                .dossiers(List.of(new DossierEvidence(
                        code + "-1",
                        "1.0001",
                        Channel.DIRECT,
                        Timeliness.EARLY,
                        List.of(),
                        Optional.empty(),
                        complaints)))
                .build();
    }

    @Test
    void theInstalledSchemesAreTheBuiltInOnesAndTheUsersOwn() {
        assertThat(Schemes.installed().all())
                .extracting(ScoringScheme::id)
                .contains(
                        Tt01Schemes.UNITS_ID,
                        Tt01Schemes.UNITS_TWO_DECIMALS_ID,
                        Tt01Schemes.UNITS_STRICT_ID,
                        Tt01Schemes.OFFICIALS_ID,
                        "acme-complaints");
    }

    @Test
    void aUsersSchemeFoundThroughServiceLoaderIsScoredAndRankedBesideTheBuiltIns() {
        Schemes schemes = Schemes.installed();
        ScoringScheme acme = schemes.require("acme-complaints");
        ScoringScheme tt01 = schemes.require(Tt01Schemes.UNITS_ID);
        List<Evidence> units = List.of(evidence("X1", "Muổi Nọi", 0), evidence("X2", "Nong Lay", 1));

        Standings byAcme =
                Ranking.standard().rank(units.stream().map(acme::score).toList());
        Standings byTt01 =
                Ranking.standard().rank(units.stream().map(tt01::score).toList());

        assertThat(byAcme.summary(acme.bands(), Language.EN))
                .containsExactly("1 Clean: Muổi Nọi", "1 Flagged: Nong Lay");
        assertThat(byAcme.entries()
                        .get(1)
                        .scorecard()
                        .criteria()
                        .get(0)
                        .explanation()
                        .dossierIds())
                .containsEntry("with a verified complaint", List.of("X2-1"));
        assertThat(byTt01.entries()).extracting(entry -> entry.rank()).containsExactly(1, 1);
    }

    @Test
    void anUnknownIdIsRefusedNamingTheAvailableOnes() {
        assertThatThrownBy(() -> Schemes.installed().require("tt01-2019"))
                .isInstanceOf(UnknownSchemeException.class)
                .hasMessageContaining("no scoring scheme 'tt01-2019'")
                .hasMessageContaining(Tt01Schemes.UNITS_ID)
                .asInstanceOf(type(InvalidValueException.class))
                .returns("id", InvalidValueException::field)
                .returns("tt01-2019", InvalidValueException::value);
    }

    @Test
    void twoSchemesWithOneIdAreRefused() {
        assertThatThrownBy(() -> Schemes.installed().with(Tt01Schemes.units()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two scoring schemes have the id 'tt01-2018-units'");
    }

    @Test
    void aVariantIsADerivationWithItsOwnId() {
        ScoringScheme variant = ScoringScheme.builder(Tt01Schemes.units())
                .id("tt01-2018-units-son-la")
                .build();

        assertThat(Schemes.of(List.of(Tt01Schemes.units(), variant)).find("tt01-2018-units-son-la"))
                .containsSame(variant);
        assertThat(variant.criteria()).isEqualTo(Tt01Schemes.units().criteria());
    }

    @Test
    void eachSchemeDeclaresTheClassificationItsFiguresNeedAndAVariantKeepsIt() {
        ScoringScheme index = Schemes.installed().require(Qd766Index.ID);
        ScoringScheme indexVariant =
                ScoringScheme.builder(index).id("qd766-son-la").build();

        assertThat(index.classification()).isEqualTo(ClassificationPolicy.nationalIndex());
        assertThat(indexVariant.classification()).isEqualTo(ClassificationPolicy.nationalIndex());
        assertThat(Tt01Schemes.units().classification()).isEqualTo(ClassificationPolicy.asConfigured());
        assertThat(Tt01Schemes.officials().classification()).isEqualTo(ClassificationPolicy.asConfigured());
    }

    @Test
    void aSchemeWithoutCriteriaIsRefused() {
        assertThatThrownBy(() -> ScoringScheme.builder(Tt01Schemes.units())
                        .criteria(List.of())
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs at least one criterion");
    }
}
