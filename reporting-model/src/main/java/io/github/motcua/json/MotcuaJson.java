package io.github.motcua.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of motcua's values: one configuration, used by every reader and writer of the
 * library, and offered to users who serialise the values themselves.
 *
 * <pre>{@code
 * JsonMapper json = MotcuaJson.mapper();
 * String text = json.writeValueAsString(dossier);
 * Dossier back = json.readValue(text, Dossier.class);
 * }</pre>
 *
 * <p>The form: dates and instants as ISO-8601 text ({@code 2023-01-05},
 * {@code 2023-01-05T02:00:00Z}); absent optional fields left out; map entries in key order;
 * decimals in plain notation. Reading is strict: an unknown field, a missing required field, a
 * duplicate field or a value that breaks a rule of the model is an error, never silently
 * dropped.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MotcuaJson {
    private MotcuaJson() {}

    /**
     * Returns a new mapper configured for motcua's values.
     *
     * <p>Each call returns a new mapper, so a caller may configure its copy further without
     * affecting others.
     *
     * @return a new JSON mapper
     */
    public static JsonMapper mapper() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
                .build();
    }
}
