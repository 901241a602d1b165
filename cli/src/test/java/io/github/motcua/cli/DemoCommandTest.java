package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.motcua.io.json.MotcuaJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code motcua demo} reproduces the founding report. */
class DemoCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Motcua.run(args, out, err);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theJsonHasEveryGoldenFigure() throws IOException {
        assertThat(run("demo", "--format", "json")).isZero();
        JsonNode json = MotcuaJson.mapper().readTree(output());
        JsonNode golden = Golden.figures();

        Golden.assertContains("processing", golden.get("processing"), json.get("processing"));
        Golden.assertContains("evaluation", golden.get("evaluation"), json.get("evaluation"));
        assertThat(json.get("processingReport").get("formId").asText()).isEqualTo("Biểu 06/VPCP/KSTT");
    }

    @Test
    void theVietnameseTextHasTheFoundingReportsResultsAndScores() {
        assertThat(run("demo")).isZero();

        assertThat(output())
                .startsWith("Dữ liệu mô phỏng (synthetic sample)")
                .contains("tuy nhiên thực tế quá hạn 09 hồ sơ (26 hồ sơ còn lại quá hạn do:")
                .contains("Kết quả đạt 99,75% hồ sơ được giải quyết đúng tiến độ.")
                .contains("4.2. Đánh giá UBND huyện: Đạt 17,94 điểm, xếp loại xuất sắc.")
                .contains("- Loại tốt: 08 xã, thị trấn gồm: Liệp Tè, É Tòng,")
                .contains("- Tổng số công chức được đánh giá: 87 công chức.");
    }

    @Test
    void theEnglishTextUsesEnglishNumbers() {
        assertThat(run("demo", "--lang", "en")).isZero();

        assertThat(output())
                .contains("- District level: 3,673 dossiers received")
                .contains("99.75% of the dossiers were resolved on time.")
                .contains("4.2. The district People's Committee: 17.94 points, excellent.");
    }

    @Test
    void exportingWritesTheDossiersAndTheirMasterFiles(@TempDir Path directory) throws IOException {
        Path dossiers = directory.resolve("thuan-chau-2023.csv");

        assertThat(run("demo", "--export-dossiers", dossiers.toString())).isZero();

        assertThat(Files.readAllLines(dossiers)).hasSize(1 + 13250);
        assertThat(directory.resolve("units.jsonl")).exists();
        assertThat(directory.resolve("procedures.jsonl")).exists();
        assertThat(directory.resolve("excusals.jsonl")).exists();
    }
}
