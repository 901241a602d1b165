package io.github.motcua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The versions the README gives are the build's: the snapshot to depend on before the first
 * release, and the jqwik and JUnit versions that testkit is built with.
 */
class ReadmeVersionsTest {
    private static String read(String... path) throws IOException {
        return Files.readString(Path.of("..", path), StandardCharsets.UTF_8);
    }

    /** The text of a POM element, such as {@code jqwik.version} in the parent's properties. */
    private static String element(String pom, String name) {
        Matcher matcher =
                Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(matcher.find()).as("<%s> in the parent POM", name).isTrue();
        return matcher.group(1);
    }

    @Test
    void theReadmeNamesTheJqwikAndJUnitVersionsTestkitIsBuiltWith() throws IOException {
        String pom = read("pom.xml");
        String jqwik = element(pom, "jqwik.version");
        String junit = element(pom, "junit.version");
        String readme = read("README.md");

        assertThat(readme)
                .contains("built and tested with jqwik " + jqwik + " and JUnit " + junit)
                .contains("<artifactId>junit-bom</artifactId>\n  <version>" + junit + "</version>");
        Matcher jqwikVersions = Pattern.compile("jqwik (\\d+\\.\\d+\\.\\d+)").matcher(readme);
        while (jqwikVersions.find()) {
            assertThat(jqwikVersions.group(1))
                    .as("a jqwik version in the README")
                    .isEqualTo(jqwik);
        }
    }

    @Test
    void theReadmeGivesTheSnapshotVersionToDependOn() throws IOException {
        String version = element(read("pom.xml").replaceFirst("(?s)<parent>.*?</parent>", ""), "version");
        String readme = read("README.md");

        assertThat(version)
                .as("the README's 'Before the first release' is for snapshots; rewrite it for a release")
                .endsWith("-SNAPSHOT");
        assertThat(readme)
                .contains("depend on version `" + version + "`")
                .contains("<version>" + version + "</version>")
                .contains("./mvnw -B install -DskipTests");
    }
}
