package io.github.motcua.core.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"HS-001", "Đ", "HS 001", "000.00.12.H57-230101-0001", "x"})
    void aCodeOfPrintableCharactersWithInnerSpacesIsAccepted(String code) {
        assertThatCode(() -> Checks.requireCode("Dossier", code, "id", code)).doesNotThrowAnyException();
    }

    @Test
    void aBlankCodeIsRefused() {
        assertThatThrownBy(() -> Checks.requireCode("Dossier", "", "id", " "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must not be blank");
    }

    @Test
    void aCodeThatBeginsOrEndsWithWhiteSpaceIsRefusedNamingTheCharacterAndItsPosition() {
        assertThatThrownBy(() -> Checks.requireCode("Dossier", "HS-1 ", "id", "HS-1 "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("U+0020 (space) at position 5")
                .hasMessageContaining("must not begin or end with white space");
        assertThatThrownBy(() -> Checks.requireCode("Dossier", "\u00A0HS", "id", "\u00A0HS"))
                .hasMessageContaining("U+00A0 (no-break space) at position 1");
    }

    @Test
    void aCodeHoldingAControlOrInvisibleCharacterIsRefusedAndQuotedEscaped() {
        assertThatThrownBy(() -> Checks.requireCode("Dossier", "HS\u200B1", "id", "HS\u200B1"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("HS\\u200B1")
                .hasMessageContaining("U+200B (zero width space) at position 3")
                .hasMessageContaining("must not hold control or invisible characters");
        assertThatThrownBy(() -> Checks.requireCode("Dossier", "HS1", "procedureCode", "P\u00001"))
                .hasMessageContaining("U+0000 (null) at position 2");
    }

    @Test
    void aCodeHoldingAQuotationMarkIsRefused() {
        assertThatThrownBy(() -> Checks.requireCode("Dossier", "01\"", "id", "01\""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("holds a quotation mark at position 3");
    }

    @Test
    void aNegativeNumberIsRefusedAndZeroAccepted() {
        assertThatCode(() -> Checks.requireNonNegative("Evaluation", "", "contactsNeeded", 0))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Checks.requireNonNegative("Evaluation", "", "contactsNeeded", -1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("-1")
                .hasMessageContaining("must not be negative");
    }

    @Test
    void aListWithABlankOrRepeatedTextIsRefused() {
        assertThatCode(() -> Checks.requireDistinctNonBlank("Unit", "U1", "aliases", List.of("a", "b")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Checks.requireDistinctNonBlank("Unit", "U1", "aliases", List.of("a", "a")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'a'")
                .hasMessageContaining("must not be listed twice");
        assertThatThrownBy(() -> Checks.requireDistinctNonBlank("Unit", "U1", "aliases", List.of("a", "")))
                .hasMessageContaining("must not be blank");
    }
}
