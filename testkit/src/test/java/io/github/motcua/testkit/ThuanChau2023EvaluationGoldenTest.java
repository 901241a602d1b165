package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.evidence.Evidence;
import io.github.motcua.ranking.Ranked;
import io.github.motcua.ranking.Ranking;
import io.github.motcua.ranking.Standings;
import io.github.motcua.sample.ThuanChau2023;
import io.github.motcua.sample.ThuanChau2023Evidence;
import io.github.motcua.scoring.Band;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.scoring.tt01.Tt01Schemes;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;

/**
 * The founding report's evaluation results (Thuận Châu district, 2023; golden file
 * thuan-chau-2023.json, member "evaluation"), computed by scoring the sample's evidence.
 */
class ThuanChau2023EvaluationGoldenTest {
    private static final ThuanChau2023Evidence EVIDENCE = ThuanChau2023Evidence.of(ThuanChau2023.load());

    private static Standings rank(ScoringScheme scheme, List<Evidence> evidence) {
        return Ranking.standard().rank(evidence.stream().map(scheme::score).toList());
    }

    private static Map<String, List<String>> namesByBand(ScoringScheme scheme, Standings standings) {
        return standings.byBand(scheme.bands()).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(
                        entry -> entry.getKey().id(),
                        entry -> entry.getValue().stream()
                                .map(Ranked::scorecard)
                                .map(card -> card.subject().name())
                                .toList()));
    }

    private static long count(ScoringScheme scheme, List<Evidence> evidence, Band band) {
        return evidence.stream()
                .map(scheme::score)
                .filter(card -> card.band().equals(band))
                .count();
    }

    @Example
    void theDistrictAndItsOneStopDepartmentScore17point94Excellent() {
        Scorecard district = EVIDENCE.unitScheme().score(EVIDENCE.district());
        Scorecard oneStop = EVIDENCE.unitScheme().score(EVIDENCE.oneStopDepartment());

        assertThat(district.total()).hasToString("17.94");
        assertThat(district.band()).isEqualTo(Tt01Schemes.EXCELLENT);
        assertThat(oneStop.total()).hasToString("17.94");
        assertThat(oneStop.band()).isEqualTo(Tt01Schemes.EXCELLENT);
    }

    @Example
    void underTheNationalOneDecimalRoundingTheDistrictWouldScore18() {
        assertThat(Tt01Schemes.units().score(EVIDENCE.district()).total()).hasToString("18.0");
    }

    @Example
    void allEightAgenciesAreExcellent() {
        Map<String, List<String>> bands =
                namesByBand(EVIDENCE.unitScheme(), rank(EVIDENCE.unitScheme(), EVIDENCE.agencies()));

        assertThat(bands.get("EXCELLENT"))
                .containsExactlyInAnyOrder(
                        "Phòng Tài chính - Kế hoạch",
                        "Phòng Kinh tế và Hạ tầng",
                        "Phòng Nội vụ",
                        "Phòng Giáo dục và Đào tạo",
                        "Phòng Tư pháp",
                        "Phòng Tài nguyên và Môi trường",
                        "Phòng Lao động - Thương binh và Xã hội",
                        "Điện lực Thuận Châu");
        assertThat(bands.get("GOOD")).isEmpty();
        assertThat(bands.get("FAIR")).isEmpty();
        assertThat(bands.get("AVERAGE")).isEmpty();
        assertThat(bands.get("WEAK")).isEmpty();
    }

    @Example
    void theCommunesSplit21ExcellentAnd8GoodInThePublishedOrder() {
        Map<String, List<String>> bands =
                namesByBand(EVIDENCE.unitScheme(), rank(EVIDENCE.unitScheme(), EVIDENCE.communes()));

        assertThat(bands.get("EXCELLENT"))
                .containsExactly(
                        "Muổi Nọi",
                        "Nong Lay",
                        "Phổng Lăng",
                        "Chiềng Ly",
                        "Tông Lạnh",
                        "Thôm Mòn",
                        "Mường É",
                        "Púng Tra",
                        "Chiềng La",
                        "Thị trấn",
                        "Chiềng Bôm",
                        "Bản Lầm",
                        "Chiềng Ngàm",
                        "Nậm Lầu",
                        "Phổng Lái",
                        "Tông Cọ",
                        "Mường Bám",
                        "Chiềng Pấc",
                        "Long Hẹ",
                        "Bon Phặng",
                        "Mường Khiêng");
        assertThat(bands.get("GOOD"))
                .containsExactly(
                        "Liệp Tè", "É Tòng", "Co Mạ", "Pá Lông", "Phổng Lập", "Co Tòng", "Chiềng Pha", "Bó Mười");
        assertThat(bands.get("FAIR")).isEmpty();
    }

    @Example
    void allSevenDistrictAndEightySevenCommuneOfficialsCompleteTheirDuties() {
        ScoringScheme scheme = EVIDENCE.officialScheme();

        assertThat(EVIDENCE.districtOfficials()).hasSize(7);
        assertThat(count(scheme, EVIDENCE.districtOfficials(), Tt01Schemes.FULL))
                .isEqualTo(7);
        assertThat(EVIDENCE.communeOfficials()).hasSize(87);
        assertThat(count(scheme, EVIDENCE.communeOfficials(), Tt01Schemes.FULL)).isEqualTo(87);
    }

    @Example
    void everyOfficialHasEvaluatedDossiersBehindTheirScore() {
        List<Evidence> officials = new java.util.ArrayList<>(EVIDENCE.districtOfficials());
        officials.addAll(EVIDENCE.communeOfficials());

        assertThat(officials)
                .allSatisfy(official -> assertThat(
                                EVIDENCE.officialScheme().score(official).maxPointsPresent())
                        .isEqualByComparingTo("10"));
    }
}
