package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file saved as UTF-16 ("Unicode text") is recognised and refused as such, not misread. */
class Utf16FileTest {
    private static final String CSV = "id,procedure_code,receiving_unit_code,resolving_unit_code,channel,received_at\n"
            + "HS-1,P1,U1,U1,DIRECT,2023-03-01T09:00:00+07:00\n";

    @Test
    void aUtf16CsvFileIsRefusedNamingItsEncoding() {
        for (var charset : new java.nio.charset.Charset[] {
            StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE
        }) {
            byte[] bytes = CSV.getBytes(charset);
            assertThatThrownBy(() -> DossierReader.builder(DossierFormat.CSV)
                            .build()
                            .read(new ByteArrayInputStream(bytes), dossier -> {}, rejection -> {}))
                    .isInstanceOf(MalformedFileException.class)
                    .hasMessageStartingWith("the file is UTF-16 text (")
                    .hasMessageEndingWith("save it as UTF-8 (in a spreadsheet: CSV UTF-8) and read it again");
        }
    }

    @Test
    void aUtf16JsonLinesFileIsRefusedToo() {
        byte[] bytes = "{\"code\":\"U1\"}\n".getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() ->
                        JsonLinesReader.units().read(new ByteArrayInputStream(bytes), unit -> {}, rejection -> {}))
                .isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("UTF-16 text (little-endian)");
    }
}
