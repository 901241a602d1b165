package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.rate.Figures;
import io.github.motcua.rate.RateDefinition;
import io.github.motcua.rate.Rounding;
import io.github.motcua.sample.ThuanChau2023;
import io.github.motcua.tally.Counted;
import io.github.motcua.tally.Tally;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitLevel;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import org.jspecify.annotations.Nullable;

/**
 * The founding report's processing figures (Thuận Châu district, 2023; golden file
 * thuan-chau-2023.json, member "processing"), reproduced by classifying the sample's dossiers.
 */
class ThuanChau2023GoldenTest {
    private static final ThuanChau2023 SAMPLE = ThuanChau2023.load();
    // Computed on first use, not in the static initializer: the parallel stream's workers run this
    // class's lambdas and would wait for its initialisation forever.
    private static @Nullable Map<UnitLevel, Tally> byLevel;

    private static synchronized Map<UnitLevel, Tally> byLevel() {
        if (byLevel == null) {
            byLevel = tallyByLevel();
        }
        return byLevel;
    }

    private static Map<UnitLevel, Tally> tallyByLevel() {
        TimelinessClassifier classifier = TimelinessClassifier.builder()
                .deadlineRules(SAMPLE.deadlineRules())
                .excusals(SAMPLE.excusals())
                .build();
        Map<String, UnitLevel> levels = SAMPLE.units().stream().collect(Collectors.toMap(Unit::code, Unit::level));
        return SAMPLE.dossiers().parallelStream()
                .flatMap(dossier -> Counted.inPeriod(dossier, SAMPLE.period(), classifier).stream())
                .collect(
                        Tally.groupingBy(counted -> levels.get(counted.dossier().resolvingUnitCode())));
    }

    private static BigDecimal percent(Tally tally, Figures figures) {
        return RateDefinition.ON_TIME_OVER_RESOLVED
                .onTime(tally, figures)
                .percent(Rounding.DEFAULT)
                .orElseThrow();
    }

    @Example
    void districtFiguresMatchThePublishedReport() {
        Tally district = byLevel().get(UnitLevel.DISTRICT);

        assertThat(district.received()).isEqualTo(3673);
        assertThat(district.resolved()).isEqualTo(3673);
        assertThat(district.early()).isEqualTo(3356);
        assertThat(district.onTime()).isEqualTo(282);
        assertThat(district.late()).isEqualTo(35);
        assertThat(district.lateExcused()).isEqualTo(26);
        assertThat(district.lateAdjusted()).isEqualTo(9);
        assertThat(district.pending()).isZero();
        assertThat(percent(district, Figures.OFFICIAL)).isEqualByComparingTo("99.05");
        assertThat(percent(district, Figures.ADJUSTED)).isEqualByComparingTo("99.75");
    }

    @Example
    void communeFiguresMatchThePublishedReport() {
        Tally communes = byLevel().get(UnitLevel.COMMUNE);

        assertThat(communes.received()).isEqualTo(9577);
        assertThat(communes.resolved()).isEqualTo(9577);
        assertThat(communes.early()).isEqualTo(7927);
        assertThat(communes.onTime()).isEqualTo(1627);
        assertThat(communes.late()).isEqualTo(23);
        assertThat(communes.lateExcused()).isZero();
        assertThat(communes.lateAdjusted()).isEqualTo(23);
        assertThat(communes.pending()).isZero();
        assertThat(percent(communes, Figures.OFFICIAL)).isEqualByComparingTo("99.76");
        assertThat(percent(communes, Figures.ADJUSTED)).isEqualByComparingTo("99.76");
    }

    @Example
    void theOutageIsTheReportsWithItsReasonInTheReportsWords() {
        assertThat(SAMPLE.excusals()).singleElement().satisfies(outage -> {
            assertThat(outage.start()).hasToString("2022-12-25");
            assertThat(outage.end()).hasToString("2022-12-27");
            assertThat(outage.reason())
                    .isEqualTo("Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Sơn La không thể truy cập được"
                            + " để sử dụng do phục vụ cấp quyền kết nối, khai thác dữ liệu từ Cơ sở dữ liệu quốc gia"
                            + " về dân cư");
            assertThat(outage.source()).startsWith("Công văn số 1773/STTT-CNTTVT ngày 25/12/2022");
        });
    }

    @Example
    void theSampleHasTheReportsUnitsAndOnlyItsDossiers() {
        assertThat(SAMPLE.units()).extracting(Unit::name).contains("Điện lực Thuận Châu", "Muổi Nọi", "Bó Mười");
        assertThat(SAMPLE.units())
                .filteredOn(unit -> unit.level() == UnitLevel.COMMUNE)
                .hasSize(29);
        assertThat(SAMPLE.dossiers()).hasSize(3673 + 9577);
        assertThat(SAMPLE.dossiers().stream().map(dossier -> dossier.id()).distinct())
                .hasSize(13250);
        assertThat(ThuanChau2023.LABEL).contains("synthetic");
    }
}
