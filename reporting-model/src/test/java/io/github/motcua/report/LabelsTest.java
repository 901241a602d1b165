package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.LabelBundle;
import io.github.motcua.Language;
import io.github.motcua.dossier.Channel;
import io.github.motcua.tally.ReportColumn;
import io.github.motcua.unit.UnitLevel;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The reporting model's labels: both languages have every key, and Vietnamese reads as written. */
class LabelsTest {
    private static LabelBundle bundle(Language language) {
        return LabelBundle.of(language, ResourceBundle.getBundle("io.github.motcua.report.labels", language.locale()));
    }

    @Test
    void theVietnameseAndEnglishBundlesHaveTheSameKeys() {
        assertThat(bundle(Language.VI).keys())
                .isNotEmpty()
                .isEqualTo(bundle(Language.EN).keys());
    }

    @Test
    void everyLevelChannelAndColumnHasALabelInEveryLanguage() {
        for (Language language : Language.values()) {
            Labels labels = Labels.of(language);
            assertThat(UnitLevel.values())
                    .allSatisfy(level -> assertThat(labels.level(level)).isNotBlank());
            assertThat(Channel.values())
                    .allSatisfy(channel -> assertThat(labels.channel(channel)).isNotBlank());
            assertThat(ReportColumn.values())
                    .allSatisfy(column -> assertThat(labels.column(column)).isNotBlank());
            assertThat(labels.language()).isEqualTo(language);
        }
    }

    @Test
    void vietnameseLabelsKeepTheirDiacritics() {
        Labels vi = Labels.of(Language.VI);

        assertThat(vi.total()).isEqualTo("Tổng cộng");
        assertThat(vi.level(UnitLevel.DISTRICT)).isEqualTo("Cấp huyện");
        assertThat(vi.column(ReportColumn.RECEIVED)).isEqualTo("(3) Tổng số hồ sơ tiếp nhận");
        assertThat(vi.column(ReportColumn.LATE_EXCUSED)).isEqualTo("Quá hạn có lý do khách quan");
        assertThat(vi.channel(Channel.ONLINE)).isEqualTo("Trực tuyến");
    }

    @Test
    void aColumnWithANumberOnTheFormIsHeadedByIt() {
        Labels en = Labels.of(Language.EN);

        assertThat(en.column(ReportColumn.PENDING_OVERDUE)).isEqualTo("(13) Pending overdue");
        assertThat(en.column(ReportColumn.STOPPED)).isEqualTo("Stopped");
    }

    @Test
    void numbersTakeTheLanguagesSeparators() {
        assertThat(Numbers.count(3673, Labels.of(Language.VI))).isEqualTo("3.673");
        assertThat(Numbers.count(9, Labels.of(Language.VI))).isEqualTo("09");
        assertThat(Numbers.count(0, Labels.of(Language.VI))).isEqualTo("0");
        assertThat(Numbers.count(9, Labels.of(Language.EN))).isEqualTo("9");
        assertThat(Numbers.decimal(new java.math.BigDecimal("1234.5"), Labels.of(Language.VI)))
                .isEqualTo("1.234,5");
        assertThat(Numbers.decimal(new java.math.BigDecimal("1234.5"), Labels.of(Language.EN)))
                .isEqualTo("1,234.5");
    }
}
