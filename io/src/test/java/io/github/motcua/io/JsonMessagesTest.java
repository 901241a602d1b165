package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON that is wrong is rejected in the user's terms: no Java class, no parser's token, no coercion. */
class JsonMessagesTest {
    private static final String FIELDS =
            "\"procedureCode\":\"P\",\"receivingUnitCode\":\"U\",\"resolvingUnitCode\":\"U\"";

    private static List<Rejection> read(String jsonLines) throws IOException {
        List<Rejection> rejected = new ArrayList<>();
        DossierReader.builder(DossierFormat.JSON_LINES)
                .build()
                .read(
                        new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)),
                        dossier -> {},
                        rejected::add);
        return rejected;
    }

    @Test
    void eachKindOfBadJsonIsSaidPlainly() throws IOException {
        String received = ",\"receivedAt\":\"2023-03-01T09:00:00+07:00\"";
        List<Rejection> rejected = read(String.join(
                "\n",
                "{\"id\":\"A\"," + FIELDS + ",\"channel\":1" + received + "}",
                "{\"id\":\"B\"," + FIELDS + ",\"channel\":\"DIRECT\"" + received + ",\"extra\":1}",
                "{\"id\":\"E\",",
                "[1,2]",
                "{\"id\":\"F\"," + FIELDS + ",\"channel\":\"DIRECT\"}",
                "{\"id\":\"G\"," + FIELDS + ",\"channel\":\"DIRECT\"" + received + ",\"outcome\":\"DONE\"}"));

        assertThat(rejected)
                .extracting(Rejection::reason)
                .containsExactly(
                        "'1' is not one of DIRECT, ONLINE, POSTAL",
                        "unknown field \"extra\"; the fields of each file are listed in docs/formats.md",
                        "the line ends before its JSON is complete",
                        "a value of the wrong kind: expected an object { … }",
                        "required field(s) missing: receivedAt",
                        "'DONE' is not one of RESOLVED, REFUSED, WITHDRAWN, STOPPED");
        assertThat(rejected)
                .allSatisfy(rejection -> assertThat(rejection.toString())
                        .doesNotContain("Immutable")
                        .doesNotContain("java.")
                        .doesNotContain("token")
                        .doesNotContain("`"));
    }
}
