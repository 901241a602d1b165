package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.PrintableText;
import org.junit.jupiter.api.Test;

class RejectionTest {
    @Test
    void controlAndInvisibleCharactersAreEscapedOnce() {
        String hostile = "a\nb\r\tc\u001B[2Jd\u0000e\u200Bf\uFEFFg\u0085h";

        String printable = PrintableText.of(hostile);

        assertThat(printable).isEqualTo("a\\nb\\r\\tc\\u001B[2Jd\\u0000e\\u200Bf\\uFEFFg\\u0085h");
        assertThat(PrintableText.of(printable)).isEqualTo(printable);
        assertThat(PrintableText.of("Thuận Châu, C:\\data")).isEqualTo("Thuận Châu, C:\\data");
    }

    @Test
    void aRejectionRepeatsItsValuesPrintableAndShortened() {
        Rejection rejection = new Rejection(3, 4, "id", "x\ny".repeat(150), "no \u001B here");

        assertThat(rejection.toString()).doesNotContain("\n").doesNotContain("\u001B");
        assertThat(rejection.value()).endsWith("…");
        assertThat(rejection.reason()).isEqualTo("no \\u001B here");
    }

    @Test
    void aRejectionBuiltFromAnothersComponentsIsEqualToIt() {
        Rejection first = new Rejection(3, 4, "received_at", "2023-03-01\nHS-2,P1".repeat(20), "not an instant");

        Rejection again = new Rejection(7, 9, first.column(), first.value(), first.reason());

        assertThat(first.value()).hasSize(Rejection.MAX_VALUE + 1).endsWith("…").startsWith("2023-03-01\\nHS-2");
        assertThat(again.value()).isEqualTo(first.value());
    }

    @Test
    void aValueIsNeverCutInsideASurrogatePair() {
        String value = "x".repeat(Rejection.MAX_VALUE - 1) + "😀".repeat(5);

        Rejection rejection = new Rejection(1, 2, "id", value, "too long");

        assertThat(rejection.value()).isEqualTo("x".repeat(Rejection.MAX_VALUE - 1) + "…");
    }
}
