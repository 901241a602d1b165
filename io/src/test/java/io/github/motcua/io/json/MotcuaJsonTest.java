package io.github.motcua.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.motcua.InvalidValueException;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.procedure.ProcessingTime;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MotcuaJsonTest {
    private final JsonMapper json = MotcuaJson.mapper();

    private static Dossier dossier() {
        return Dossier.builder()
                .id("HS-1")
                .procedureCode("1.001193")
                .receivingUnitCode("14.100.0001")
                .resolvingUnitCode("14.100.0001")
                .channel(Channel.ONLINE)
                .receivedAt(Instant.parse("2023-01-05T02:00:00Z"))
                .appointmentDate(LocalDate.of(2023, 1, 5))
                .outcome(Outcome.RESOLVED)
                .returnedAt(Instant.parse("2023-01-05T08:30:00Z"))
                .build();
    }

    @Test
    void datesAndInstantsAreIsoTextAndAbsentFieldsAreLeftOut() throws Exception {
        String text = json.writeValueAsString(dossier());

        assertThat(text)
                .isEqualTo("{\"id\":\"HS-1\",\"procedureCode\":\"1.001193\",\"receivingUnitCode\":\"14.100.0001\","
                        + "\"resolvingUnitCode\":\"14.100.0001\",\"channel\":\"ONLINE\","
                        + "\"receivedAt\":\"2023-01-05T02:00:00Z\",\"appointmentDate\":\"2023-01-05\","
                        + "\"supplementRequests\":[],\"extensions\":[],\"outcome\":\"RESOLVED\","
                        + "\"returnedAt\":\"2023-01-05T08:30:00Z\",\"handlingSteps\":[],\"evaluations\":[],"
                        + "\"complaints\":[]}");
    }

    @Test
    void anUnknownFieldIsAnErrorNotSilentlyDropped() {
        String text = "{\"id\":\"HS-1\",\"procedureCode\":\"1.001193\",\"receivingUnitCode\":\"A\","
                + "\"resolvingUnitCode\":\"A\",\"channel\":\"DIRECT\",\"receivedAt\":\"2023-01-05T02:00:00Z\","
                + "\"returnDate\":\"2023-01-06\"}";

        assertThatThrownBy(() -> json.readValue(text, Dossier.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("returnDate");
    }

    @Test
    void aDossierThatBreaksARuleIsRejectedWithTheModelsMessage() {
        String text = "{\"id\":\"HS-1\",\"procedureCode\":\"1.001193\",\"receivingUnitCode\":\"A\","
                + "\"resolvingUnitCode\":\"A\",\"channel\":\"DIRECT\",\"receivedAt\":\"2023-01-05T02:00:00Z\","
                + "\"outcome\":\"RESOLVED\"}";

        assertThatThrownBy(() -> json.readValue(text, Dossier.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasCauseInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Dossier 'HS-1': outcome = RESOLVED breaks the rule:"
                        + " a resolved dossier needs resultReadyAt or returnedAt");
    }

    private static String dossierWith(String field, String value) {
        return "{\"id\":\"HS-1\",\"procedureCode\":\"1.001193\",\"receivingUnitCode\":\"A\","
                + "\"resolvingUnitCode\":\"A\",\"channel\":\"DIRECT\",\"receivedAt\":\"2023-01-05T09:00:00+07:00\","
                + "\"" + field + "\":" + value + "}";
    }

    @Test
    void instantsAndDatesAreReadFromIsoTextOnly() throws Exception {
        assertThat(json.readValue(dossierWith("appointmentDate", "\"2023-01-09\""), Dossier.class)
                        .receivedAt())
                .isEqualTo(Instant.parse("2023-01-05T02:00:00Z"));
        assertThatThrownBy(() -> json.readValue(dossierWith("returnedAt", "1672884000000"), Dossier.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("expected ISO-8601 text such as 2023-01-05T09:00:00+07:00");
        assertThatThrownBy(() -> json.readValue(dossierWith("returnedAt", "\"2023-01-05T09:00:00\""), Dossier.class))
                .as("an instant without its offset")
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> json.readValue(dossierWith("appointmentDate", "19400"), Dossier.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue(dossierWith("appointmentDate", "[2023,1,9]"), Dossier.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void numbersAreNotCoerced() {
        assertThatThrownBy(() -> json.readValue("{\"amount\":2.5,\"unit\":\"WORKING_DAYS\"}", ProcessingTime.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"amount\":\"3\",\"unit\":\"WORKING_DAYS\"}", ProcessingTime.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void eachCallGivesAnIndependentMapper() {
        assertThat(MotcuaJson.mapper()).isNotSameAs(MotcuaJson.mapper());
    }
}
