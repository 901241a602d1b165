package io.github.motcua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library user on the module path, outside the reactor's class path: {@code src/consumer}
 * requires {@code motcua-io} and {@code motcua-reporting-model}, and is compiled and run here with
 * a module path of this module's runtime dependencies less the sample (which the examples use and
 * the consumer does not): the library and what it brings, no command line, no test library.
 */
class ModulePathConsumerTest {
    /** The runtime module path, set by the build (maven-dependency-plugin's build-classpath). */
    private static List<Path> modulePath() {
        String path = Objects.requireNonNull(
                System.getProperty("consumer.modulePath"), "the build sets consumer.modulePath for this test");
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .toList();
    }

    @Test
    void theModulePathHoldsNoCommandLineAndNoTestLibrary() {
        Set<String> modules = ModuleFinder.of(modulePath().toArray(Path[]::new)).findAll().stream()
                .map(ModuleReference::descriptor)
                .map(descriptor -> descriptor.name())
                .collect(Collectors.toSet());

        assertThat(modules)
                .contains(
                        "io.github.motcua.core",
                        "io.github.motcua.scoring",
                        "io.github.motcua.io",
                        "io.github.motcua.reporting",
                        "com.fasterxml.jackson.databind")
                .doesNotContain("io.github.motcua.cli", "io.github.motcua.testkit")
                .noneMatch(name -> name.startsWith("org.junit")
                        || name.startsWith("net.jqwik")
                        || name.startsWith("org.assertj")
                        || name.equals("info.picocli"));
    }

    @Test
    void aConsumerModuleCompilesAndReportsOnTheModulePath(@TempDir Path directory) throws Exception {
        Path classes = directory.resolve("classes");
        String modulePath = modulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        compile(Path.of("src", "consumer", "java"), classes, modulePath);

        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--module-path",
                        classes + File.pathSeparator + modulePath,
                        "--module",
                        "io.github.motcua.consumer/io.github.motcua.consumer.ReportOnTheModulePath",
                        Path.of("..", "docs", "samples").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("read: 5 records read: 5 accepted, 0 rejected")
                .contains("total: {\"key\":\"TOTAL\"")
                .contains("dossier read back: true")
                .contains("schemes: tt01-2018-units,")
                .contains("qd766-2025")
                .doesNotContain("rejected:");
    }

    private static void compile(Path sources, Path classes, String modulePath) throws IOException {
        List<String> arguments = new ArrayList<>(List.of(
                "--release", "17", "-encoding", "UTF-8", "--module-path", modulePath, "-d", classes.toString()));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .map(Path::toString)
                    .forEach(arguments::add);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int exit = javac.run(null, messages, messages, arguments.toArray(String[]::new));
        assertThat(exit).as(messages.toString(StandardCharsets.UTF_8)).isZero();
    }
}
