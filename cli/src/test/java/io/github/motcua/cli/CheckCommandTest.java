package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.motcua.io.json.MotcuaJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final Path SAMPLE = Path.of("..", "docs", "samples", "published-figures.csv");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Motcua.run(args, out, err);
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            nodes.add(MotcuaJson.mapper().readTree(line));
        }
        return nodes;
    }

    @Test
    void theSampleFileGivesOneJsonLinePerReport() throws IOException {
        assertThat(run("check", "--input", SAMPLE.toString())).isZero();
        List<JsonNode> lines = lines();

        assertThat(lines).hasSize(3);
        JsonNode district = lines.get(0);
        assertThat(district.get("id").asText()).isEqualTo("Thuận Châu, cấp huyện, 2023");
        assertThat(district.get("failedIdentities")).isEmpty();
        assertThat(district.get("onTime").get("stated").asText()).isEqualTo("99.75");
        assertThat(district.get("onTime").get("reproducedBy").toString())
                .contains("{\"definition\":\"ON_TIME_OVER_RESOLVED\",\"figures\":\"adjusted\",\"rounding\":\"half-up\","
                        + "\"decimals\":2,\"base\":\"published\"}");
        assertThat(district.has("late")).isFalse();
        JsonNode synthetic = lines.get(2);
        assertThat(synthetic.get("failedIdentities").get(0).toString())
                .isEqualTo("{\"name\":\"received = new_online + new_direct_postal + carried_over\",\"expected\":1190,"
                        + "\"actual\":1200,\"difference\":10}");
        assertThat(synthetic.get("onTime").get("reproducedBy")).isEmpty();
    }

    @Test
    void aMalformedRowStopsWithItsLineAndExitCodeOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "id,received\nA,12\nB,1.2.3.4\n", StandardCharsets.UTF_8);

        assertThat(run("check", "--input", file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "motcua check: line 3, column received: '1.2.3.4' is not a count such as 3673 or 3.673, of at"
                                + " most 15 digits\n");
    }

    @Test
    void aMissingFileIsAnInputOutputError() {
        assertThat(run("check", "--input", "no-such-file.csv")).isEqualTo(ExitCode.INPUT_OUTPUT);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("motcua check: no such file or directory: no-such-file.csv\n");
    }

    @Test
    void indexBreakdownsAreAddedUpAsTheIndexDoesAndComparedWithTheirStatedTotal(@TempDir Path directory)
            throws IOException {
        Path file = Files.writeString(
                directory.resolve("index.csv"),
                "id,group_1,group_2,group_3,group_4,group_5,stated_total\n"
                        + "tỉnh A,15.67,19.31,17.49,17.86,16.64,86.97\n"
                        + "tỉnh B,\"15,00\",19,17,17,16,85\n",
                StandardCharsets.UTF_8);

        assertThat(run("check", "--index", file.toString())).isZero();
        List<JsonNode> lines = lines();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("tỉnh A");
        assertThat(lines.get(0).get("difference").decimalValue()).isEqualByComparingTo("0");
        assertThat(lines.get(0).get("problems")).isEmpty();
        assertThat(lines.get(1).get("computedTotal").decimalValue()).isEqualByComparingTo("84");
        assertThat(lines.get(1).get("difference").decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void figuresAndAnIndexAreCheckedOneAtATime(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("x.csv"), "id\n", StandardCharsets.UTF_8);

        assertThat(run("check", "--input", file.toString(), "--index", file.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mutually exclusive");
        assertThat(run("check")).isEqualTo(1);
    }
}
