package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code report --mapping}: a vendor's own export gives the report its dossiers give in the native format. */
class VendorExportCommandTest {
    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    private record Run(int code, String out, String err) {}

    private static Run report(Path input, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--input",
                input.toString(),
                "--procedures",
                SAMPLES.resolve("procedures.jsonl").toString(),
                "--units",
                SAMPLES.resolve("units.jsonl").toString(),
                "--period",
                "năm 2023",
                "--group-by",
                "unit",
                "--format",
                "csv",
                "--lang",
                "en"));
        args.addAll(List.of(more));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Motcua.run(args.toArray(String[]::new), out, err);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSampleExportGivesTheNativeSamplesBieu06() {
        Run exported = report(
                SAMPLES.resolve("vendor-csv/export.csv"),
                "--mapping",
                SAMPLES.resolve("vendor-csv/mapping.json").toString());
        Run nativeFormat = report(SAMPLES.resolve("dossiers.csv"));

        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.err()).contains("export.csv: 5 records read: 5 accepted, 0 rejected");
        assertThat(exported.out())
                .isEqualTo(nativeFormat.out())
                .contains("\"Phòng Tài chính - Kế hoạch\",2,1,1,0,2,1,0,1");
    }

    @Test
    void theSampleExcelExportGivesTheNativeSamplesBieu06() {
        Run exported = report(
                SAMPLES.resolve("vendor-xlsx/export.xlsx"),
                "--mapping",
                SAMPLES.resolve("vendor-xlsx/mapping.json").toString());

        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.err()).contains("export.xlsx: 5 records read: 5 accepted, 0 rejected");
        assertThat(exported.out())
                .isEqualTo(report(SAMPLES.resolve("dossiers.csv")).out());
    }

    @Test
    void aMistakeInTheMappingFileIsAValueErrorNamingTheFile() {
        Run run = report(
                SAMPLES.resolve("vendor-csv/export.csv"),
                "--mapping",
                SAMPLES.resolve("procedures.jsonl").toString());

        assertThat(run.code()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err())
                .contains("motcua report: --mapping " + SAMPLES.resolve("procedures.jsonl")
                        + ": the mapping is not valid JSON");
    }
}
