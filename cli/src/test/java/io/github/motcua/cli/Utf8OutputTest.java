package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the command line in a child JVM under the C locale, as a minimal server or CI shell would. */
class Utf8OutputTest {

    /** Runs the command line in a child JVM under the C locale and returns its output. */
    static String runInCLocale(String... args) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx256m", "-cp", classPath, Motcua.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.redirectErrorStream(true);

        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(new String(output, StandardCharsets.UTF_8))
                .isZero();
        return new String(output, StandardCharsets.UTF_8);
    }

    @Test
    void vietnameseSurvivesTheCLocale() throws IOException, InterruptedException {
        assertThat(runInCLocale("--help"))
                .contains("Đánh giá việc giải quyết thủ tục hành chính theo cơ chế một cửa")
                .doesNotContain("?");
    }

    @Test
    void theDemoReportSurvivesTheCLocale() throws IOException, InterruptedException {
        assertThat(runInCLocale("demo"))
                .contains("Kết quả đạt 99,75% hồ sơ được giải quyết đúng tiến độ.")
                .contains("Loại xuất sắc: 21 xã, thị trấn gồm: Muổi Nọi")
                .doesNotContain("?");
    }
}
