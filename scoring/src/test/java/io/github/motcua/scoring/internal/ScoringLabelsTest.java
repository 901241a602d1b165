package io.github.motcua.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.Language;
import io.github.motcua.scoring.Band;
import io.github.motcua.scoring.tt01.Tt01Schemes;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/** The scoring module's labels: the same keys in both languages, and the bands' titles. */
class ScoringLabelsTest {
    @Test
    void theVietnameseAndEnglishBundlesHaveTheSameKeys() {
        assertThat(ScoringLabels.of(Language.VI).keys())
                .isNotEmpty()
                .isEqualTo(ScoringLabels.of(Language.EN).keys());
    }

    @Test
    void theBuiltInBandsAreTitledInVietnameseAndEnglish() {
        assertThat(Tt01Schemes.units().bands().bands())
                .extracting(band -> band.title(Language.VI))
                .containsExactly("Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu");
        assertThat(Tt01Schemes.units().bands().bands())
                .extracting(band -> band.title(Language.EN))
                .containsExactly("Excellent", "Good", "Fair", "Average", "Weak");
        assertThat(ScoringLabels.band("FULL")).isEqualTo(Tt01Schemes.FULL);
        assertThat(Tt01Schemes.FULL.titleVi()).isEqualTo("Hoàn thành 100% nhiệm vụ");
    }

    @Test
    void aBandWithoutATitleFailsLoudly() {
        assertThatThrownBy(() -> ScoringLabels.band("NOPE"))
                .isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("band.NOPE");
    }

    @Test
    void aBandsTitleIsTheOneInTheLanguageAsked() {
        Band band = new Band("CLEAN", "Không có phản ánh", "Clean");

        assertThat(band.title(Language.VI)).isEqualTo("Không có phản ánh");
        assertThat(band.title(Language.EN)).isEqualTo("Clean");
    }
}
