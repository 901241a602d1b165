package io.github.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void messageNamesTheValueTheFieldTheOffendingValueAndTheRule() {
        InvalidValueException exception = new InvalidValueException(
                "Dossier", "HS-1", "returnedAt", "2023-01-01T00:00:00Z", "must not be before receivedAt");

        assertThat(exception)
                .hasMessage(
                        "Dossier 'HS-1': returnedAt = 2023-01-01T00:00:00Z breaks the rule: must not be before receivedAt");
        assertThat(exception.valueType()).isEqualTo("Dossier");
        assertThat(exception.valueId()).isEqualTo("HS-1");
        assertThat(exception.field()).isEqualTo("returnedAt");
        assertThat(exception.value()).isEqualTo("2023-01-01T00:00:00Z");
        assertThat(exception.rule()).isEqualTo("must not be before receivedAt");
    }

    @Test
    void messageLeavesOutAnEmptyIdentifier() {
        assertThat(new InvalidValueException("ProcessingTime", "", "amount", "-1", "must be positive"))
                .hasMessage("ProcessingTime: amount = -1 breaks the rule: must be positive");
    }
}
