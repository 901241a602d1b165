package io.github.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintableTextTest {

    @Test
    void aTextWithNothingToEscapeIsReturnedAsItIs() {
        String text = "Hồ sơ HS-001 \\ đã nhận";

        assertThat(PrintableText.of(text)).isSameAs(text);
        assertThat(PrintableText.of("")).isEmpty();
    }

    @Test
    void lineBreaksAndTabsAreWrittenAsTheirShortEscapes() {
        assertThat(PrintableText.of("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
    }

    @Test
    void otherControlAndFormatCharactersAreWrittenAsUnicodeEscapes() {
        assertThat(PrintableText.of("\u001B[31mred\u0000")).isEqualTo("\\u001B[31mred\\u0000");
        assertThat(PrintableText.of("HS\u200B1\uFEFF\u0085\u202E")).isEqualTo("HS\\u200B1\\uFEFF\\u0085\\u202E");
    }

    @Test
    void escapingBeginsAtTheFirstCharacterThatNeedsItAndKeepsTheRest() {
        assertThat(PrintableText.of("abc\ndéf\u0007g")).isEqualTo("abc\\ndéf\\u0007g");
        assertThat(PrintableText.of("\nx")).isEqualTo("\\nx");
        assertThat(PrintableText.of("x\n")).isEqualTo("x\\n");
    }

    @Test
    void escapingTwiceChangesNothing() {
        String once = PrintableText.of("a\u001Bb\nc\u200B");

        assertThat(PrintableText.of(once)).isEqualTo(once);
    }

    @ParameterizedTest(name = "U+{0} needs escaping: {1}")
    @CsvSource({
        "0000, true",
        "0009, true",
        "001B, true",
        "007F, true",
        "0085, true",
        "009F, true",
        "200B, true",
        "200E, true",
        "FEFF, true",
        "00AD, true",
        "0020, false",
        "0041, false",
        "00A0, false",
        "1EA1, false",
        "005C, false",
        "00A0, false"
    })
    void controlAndInvisibleFormatCharactersNeedEscaping(String hex, boolean needed) {
        assertThat(PrintableText.needsEscape((char) Integer.parseInt(hex, 16))).isEqualTo(needed);
    }
}
