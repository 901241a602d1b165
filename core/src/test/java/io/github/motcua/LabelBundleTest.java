package io.github.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LabelBundleTest {
    private static final String LABELS = "io.github.motcua.labeltest.labels";
    private final Locale defaultLocale = Locale.getDefault();

    @AfterEach
    void restoreTheDefaultLocale() {
        Locale.setDefault(defaultLocale);
    }

    private static LabelBundle labels(String name, Language language) {
        return LabelBundle.of(language, ResourceBundle.getBundle(name, language.locale()));
    }

    @Test
    void vietnameseLabelsAreReadAsUtf8() {
        assertThat(labels(LABELS, Language.VI).get("total")).isEqualTo("Tổng cộng");
        assertThat(labels(LABELS, Language.EN).get("total")).isEqualTo("Total");
    }

    @Test
    void placeholdersTakeTheArgumentsAsTheyAreWritten() {
        LabelBundle vi = labels(LABELS, Language.VI);

        assertThat(vi.format("score", "17,94", "xuất sắc")).isEqualTo("Đạt 17,94 điểm, xếp loại xuất sắc.");
        assertThat(vi.format("quote", 1234567)).isEqualTo("People's Committee: 1234567");
        assertThat(vi.format("total", "unused")).isEqualTo("Tổng cộng");
    }

    @Test
    void aPlaceholderBeyondTheArgumentsFails() {
        assertThatThrownBy(() -> labels(LABELS, Language.EN).format("score", "17.94"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has {1} but only 1 arguments");
    }

    @Test
    void aMissingKeyFailsNamingTheKeyAndTheFile() {
        assertThatThrownBy(() -> labels(LABELS, Language.VI).get("nope"))
                .isInstanceOf(MissingResourceException.class)
                .hasMessage("no label 'nope' in io.github.motcua.labeltest.labels_vi.properties");
    }

    @Test
    void theDefaultLocaleDoesNotChangeTheLabels() {
        Locale.setDefault(Locale.forLanguageTag("vi-VN"));
        assertThat(labels(LABELS, Language.EN).get("total")).isEqualTo("Total");

        Locale.setDefault(Locale.ROOT);
        assertThat(labels(LABELS, Language.VI).get("total")).isEqualTo("Tổng cộng");
    }

    @Test
    void anotherLanguagesBundleFoundByFallbackIsRefused() {
        Locale.setDefault(Locale.forLanguageTag("vi-VN"));
        ResourceBundle fallback = ResourceBundle.getBundle("io.github.motcua.labeltest.onlyvi", Locale.ENGLISH);
        assertThat(fallback.getLocale()).isEqualTo(Locale.forLanguageTag("vi"));

        assertThatThrownBy(() -> LabelBundle.of(Language.EN, fallback))
                .isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("no EN labels: io.github.motcua.labeltest.onlyvi_en.properties is missing");
    }

    @Test
    void theBaseBundleDoesNotStandInForALanguage() {
        Locale.setDefault(Locale.ENGLISH);
        ResourceBundle base = ResourceBundle.getBundle("io.github.motcua.labeltest.withbase", Locale.ENGLISH);

        assertThatThrownBy(() -> LabelBundle.of(Language.EN, base)).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void eachLanguageHasItsOwnLocale() {
        assertThat(Language.VI.locale()).hasToString("vi");
        assertThat(Language.EN.locale()).hasToString("en");
    }
}
