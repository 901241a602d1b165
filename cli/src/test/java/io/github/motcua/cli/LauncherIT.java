package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/motcua} on the packaged jar, copied to a directory of its own and run
 * with this test's Java: its first call writes a class-data archive that the Java accepts and the
 * next calls load classes from, and it chooses the compilers. Surefire runs it in the package
 * phase, after the jar is shaded (cli/pom.xml).
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {
    private static final boolean AOT_CACHE = Runtime.version().feature() >= 25;
    private static final String ADD = "2023-01-27\n";

    @TempDir
    static Path dir;

    private record Result(int exitCode, String out, String err) {}

    @BeforeAll
    static void firstCall() throws IOException, InterruptedException {
        for (String file : List.of("motcua", "motcua.jar")) {
            Files.copy(Path.of("target", file), dir.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        assertThat(motcua(Map.of(), "calendar", "add", "2023-01-19", "1")).isEqualTo(new Result(0, ADD, ""));
    }

    private static Result run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MOTCUA_JAVA_OPTS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err));
    }

    private static Result motcua(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(dir.resolve("motcua").toString()));
        command.addAll(List.of(args));
        return run(command, environment);
    }

    private static Path archive() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> archives = files.filter(
                            file -> file.getFileName().toString().matches("motcua-.*\\.(jsa|aot)"))
                    .toList();
            assertThat(archives).hasSize(1);
            return archives.get(0);
        }
    }

    @Test
    void theFirstCallWroteAnArchiveForThisJavaThatItAcceptsAndTheNextCallsLoadClassesFrom()
            throws IOException, InterruptedException {
        Path archive = archive();
        assertThat(archive.getFileName().toString())
                .startsWith(
                        "motcua-" + System.getProperty("java.runtime.version").replaceAll("[^A-Za-z0-9.+-]", "_"))
                .endsWith(AOT_CACHE ? ".aot" : ".jsa");
        assertThat(Files.size(archive)).isPositive();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(
                AOT_CACHE
                        ? List.of(java, "-XX:AOTMode=on", "-XX:AOTCache=" + archive)
                        : List.of(java, "-Xshare:on", "-XX:SharedArchiveFile=" + archive));
        command.addAll(List.of("-jar", dir.resolve("motcua.jar").toString(), "calendar", "add", "2023-01-19", "1"));
        assertThat(run(command, Map.of())).isEqualTo(new Result(0, ADD, ""));

        Path log = dir.resolve("classes.log");
        assertThat(motcua(
                        Map.of("MOTCUA_JAVA_OPTS", "-Xlog:class+load:file=" + log), "calendar", "lunar", "2023-03-22"))
                .isEqualTo(new Result(0, "2023-02-01 leap\n", ""));
        assertThat(Files.readString(log)).contains("io.github.motcua.cli.Motcua source: shared objects file");
        assertThat(motcua(Map.of(), "calendar", "holidays", "2024").out()).contains("Tết Âm lịch");
    }

    @Test
    void anArchiveOlderThanTheJarIsWrittenAgain() throws IOException, InterruptedException {
        FileTime beforeTheJar = FileTime.fromMillis(
                Files.getLastModifiedTime(dir.resolve("motcua.jar")).toMillis() - 10_000);
        Files.setLastModifiedTime(archive(), beforeTheJar);

        assertThat(motcua(Map.of(), "calendar", "add", "2023-01-19", "1")).isEqualTo(new Result(0, ADD, ""));
        assertThat(Files.getLastModifiedTime(archive())).isGreaterThan(beforeTheJar);
        assertThat(Files.size(archive())).isPositive();
    }

    @Test
    void shortCommandsRunOnC1OnlyAndCommandsOnFilesOfAnySizeOnBothCompilers() throws IOException, InterruptedException {
        Map<String, String> flags = Map.of("MOTCUA_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        assertThat(motcua(flags, "calendar", "add", "2023-01-19", "1").out())
                .containsPattern("TieredStopAtLevel += 1 ")
                .endsWith(ADD);
        assertThat(motcua(flags, "--debug", "demo", "--help").out()).containsPattern("TieredStopAtLevel += 1 ");
        for (String command : List.of("report", "score", "generate")) {
            assertThat(motcua(flags, command, "--help").out()).containsPattern("TieredStopAtLevel += 4 ");
        }
    }
}
