package io.github.motcua.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.io.DossierFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Biểu 06 job submitted through Spark's own {@code SparkSubmit} (the main class of {@code
 * spark-submit}) with {@code --master local[2]}, in a JVM whose class path is Spark's jars alone, as
 * a Spark installation has them, and the job jar: it runs on the Jackson that Spark brings, with
 * no extra JVM flag, and writes the report the library computes.
 */
class SparkSubmitIT {
    @TempDir
    Path directory;

    @Test
    void theJobSubmittedBySparkSubmitWritesTheLocalReportOnSparksJackson() throws IOException, InterruptedException {
        Path dossiers = TestFiles.write(directory, DossierFormat.CSV, 5, 20_000);
        Path output = directory.resolve("bieu06.json");
        String sparkClassPath = Files.readString(Path.of("target", "spark-class-path.txt"), StandardCharsets.UTF_8)
                .strip();
        Path jobJar = Path.of("target", "motcua-spark-job.jar").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                sparkClassPath,
                "org.apache.spark.deploy.SparkSubmit",
                "--master",
                "local[2]",
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--class",
                Bieu06Job.class.getName(),
                jobJar.toString(),
                "--period",
                "2023",
                "--dossiers",
                dossiers.toString(),
                "--procedures",
                directory.resolve("procedures.jsonl").toString(),
                "--units",
                directory.resolve("units.jsonl").toString(),
                "--excusals",
                directory.resolve("excusals.jsonl").toString(),
                "--output",
                output.toString()));
        Path log = directory.resolve("spark-submit.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String printed = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed)
                .contains("motcua Biểu 06 on Spark 4.2.0, Jackson 2.21.2")
                .contains("records read");
        assertThat(Files.readString(output, StandardCharsets.UTF_8).strip())
                .isEqualTo(LocalRead.json(LocalRead.of(dossiers, DossierFormat.CSV, TestFiles.request(directory))
                                .report())
                        .strip());
    }
}
