package io.github.motcua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM has no parent, so its version is written twice; this keeps the two equal. */
class BomVersionTest {
    private static final Pattern OWN_VERSION =
            Pattern.compile("<artifactId>(motcua-bom|motcua-parent)</artifactId>\\s*<version>([^<]+)</version>");

    private static String versionIn(Path pom) throws IOException {
        Matcher matcher = OWN_VERSION.matcher(Files.readString(pom, StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("own version in %s", pom).isTrue();
        return matcher.group(2);
    }

    @Test
    void theBomHasTheParentsVersion() throws IOException {
        assertThat(versionIn(Path.of("..", "bom", "pom.xml"))).isEqualTo(versionIn(Path.of("..", "pom.xml")));
    }
}
