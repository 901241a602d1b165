package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.motcua.io.json.MotcuaJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The founding report's figures (a copy of ../shared/golden/thuan-chau-2023.json in the test
 * resources), and the comparison its {@code about} describes: every key and value of the golden
 * members is in the output, except the informative keys note, excuse and names.
 */
final class Golden {
    private static final Set<String> INFORMATIVE = Set.of("note", "excuse", "names");

    private Golden() {}

    static JsonNode figures() throws IOException {
        try (InputStream in =
                Objects.requireNonNull(Golden.class.getResourceAsStream("/golden/thuan-chau-2023.json"))) {
            return MotcuaJson.mapper().readTree(in);
        }
    }

    /** Asserts that {@code actual} has every key and value of {@code golden}, informative keys aside. */
    static void assertContains(String path, JsonNode golden, JsonNode actual) {
        if (golden.isObject()) {
            assertThat(actual.isObject()).as("%s is an object", path).isTrue();
            Iterator<Map.Entry<String, JsonNode>> fields = golden.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!INFORMATIVE.contains(field.getKey())) {
                    assertThat(actual.has(field.getKey()))
                            .as("%s.%s is present", path, field.getKey())
                            .isTrue();
                    assertContains(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
                }
            }
        } else {
            assertThat(actual).as(path).isEqualTo(golden);
        }
    }
}
