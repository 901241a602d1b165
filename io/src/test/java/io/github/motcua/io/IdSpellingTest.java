package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One dossier, one id: spellings that look alike are one id, or rejected naming the character. */
class IdSpellingTest {
    private static final String HEADER =
            "id,procedure_code,receiving_unit_code,resolving_unit_code,channel,received_at";

    private static String row(String id) {
        return id + ",P1,U1,U1,DIRECT,2023-03-01T09:00:00+07:00";
    }

    private static List<Rejection> readSerially(String csv) throws IOException {
        List<Rejection> rejected = new ArrayList<>();
        DossierReader.builder(DossierFormat.CSV)
                .build()
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), dossier -> {}, rejected::add);
        return rejected;
    }

    @Test
    void theSameIdInComposedAndDecomposedFormsIsOneDossier(@TempDir Path directory) throws IOException {
        String composed = Normalizer.normalize("HS-Thuận-01", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        String csv = String.join("\n", HEADER, row(composed), row(decomposed), row("hs-thuận-01")) + "\n";
        Path file = Files.writeString(directory.resolve("d.csv"), csv);

        List<Rejection> serial = readSerially(csv);
        List<Rejection> parallel = new ArrayList<>();
        ReadResult<List<String>> read = DossierReader.builder(DossierFormat.CSV)
                .build()
                .read(
                        file,
                        Function.identity(),
                        Collectors.mapping(dossier -> dossier.id(), Collectors.toList()),
                        parallel::add);

        assertThat(serial).extracting(Rejection::line).containsExactly(3L);
        assertThat(parallel).extracting(Rejection::line).containsExactly(3L);
        assertThat(read.result()).as("letter case keeps ids apart").hasSize(2);
    }

    @Test
    void anIdWithATrailingSpaceOrAnInvisibleCharacterIsRejectedNamingIt() throws IOException {
        String csv = String.join("\n", HEADER, "\"HS-1 \"" + row(""), row("HS-\u200B2"), row("HS-\u00003")) + "\n";

        List<Rejection> rejected = readSerially(csv);

        assertThat(rejected).hasSize(3);
        assertThat(rejected.get(0).reason())
                .isEqualTo("holds U+0020 (space) at position 5; a code must not begin or end with white space");
        assertThat(rejected.get(1).reason())
                .isEqualTo("holds U+200B (zero width space) at position 4; a code must not hold control or"
                        + " invisible characters");
        assertThat(rejected.get(1).value()).isEqualTo("HS-\\u200B2");
        assertThat(rejected.get(2).reason()).contains("U+0000 (null) at position 4");
    }
}
