package io.github.motcua.examples;

import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.dossier.SupplementRequest;
import io.github.motcua.io.json.MotcuaJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/** The README's first example: build a dossier, let the model check it, print its JSON form. */
public final class BuildADossier {
    private BuildADossier() {}

    /**
     * Builds a resolved dossier and prints it as JSON.
     *
     * @param args not used
     * @throws Exception if the dossier cannot be written as JSON
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // tag::readme[]
        Dossier dossier = Dossier.builder()
                .id("H46.001-230105-0001")
                .procedureCode("1.001193") // đăng ký khai sinh
                .receivingUnitCode("14.100.0001")
                .resolvingUnitCode("14.100.0001")
                .channel(Channel.ONLINE)
                .receivedAt(Instant.parse("2023-01-05T02:00:00Z"))
                .appointmentDate(LocalDate.of(2023, 1, 9))
                .addSupplementRequests(SupplementRequest.of(
                        Instant.parse("2023-01-05T04:00:00Z"), Instant.parse("2023-01-06T01:30:00Z")))
                .outcome(Outcome.RESOLVED)
                .resultReadyAt(Instant.parse("2023-01-06T08:00:00Z"))
                .returnedAt(Instant.parse("2023-01-09T02:15:00Z"))
                .build(); // an end before receipt, an overlap, a missing outcome: InvalidValueException

        out.println(MotcuaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(dossier));
        // end::readme[]
    }
}
