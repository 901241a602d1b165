package io.github.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core runs without Jackson: a JVM whose class path holds core's classes and one program only
 * ({@link CoreWithoutJackson}), with neither jackson-databind nor jackson-annotations nor any other
 * library, builds a dossier and a procedure, computes a deadline on the official calendar and a
 * lunar date. Jackson is an optional dependency of core, for the annotations that give the values
 * their JSON form.
 */
class CoreWithoutJacksonTest {
    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void coreComputesADeadlineAndALunarDateOnAClassPathWithoutJackson(@TempDir Path directory) throws Exception {
        assertThat(CoreWithoutJackson.loadable("com.fasterxml.jackson.databind.ObjectMapper"))
                .as("Jackson is on this test's class path, so the child's class path leaves it out")
                .isTrue();
        List<Path> classPath = List.of(location(Dossier.class), location(CoreWithoutJackson.class));

        ProcessBuilder child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                String.join(
                        File.pathSeparator,
                        classPath.stream().map(Path::toString).toList()),
                CoreWithoutJackson.class.getName());
        child.environment().remove("CLASSPATH");
        child.environment().remove("JDK_JAVA_OPTIONS");
        Path errors = directory.resolve("stderr.txt");
        child.redirectError(errors.toFile());
        Process process = child.start();
        String output = output(process);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(() -> output + readString(errors)).isZero();
        assertThat(output.lines()).containsExactly("due 2023-02-01", "lunar 2023-01-01", "jackson-databind absent");
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String output(Process process) throws IOException {
        try (var in = process.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
