package io.github.motcua.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.motcua.io.internal.IsoText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

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
 * duplicate field, a date or instant that is not ISO-8601 text (instants need their offset), a
 * number where text is expected or a fraction where an integer is, and a value that breaks a rule
 * of the model are errors, never silently dropped or coerced.
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
                .addModule(isoTextOnly())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
                .build();
    }

    /**
     * Returns a new mapper like {@link #mapper()} that also reads an instant written without an
     * offset as local time in Vietnam ({@code 2023-01-05T09:00:00} is {@code 2023-01-05T02:00:00Z}),
     * as motcua's file formats allow. Writing is unchanged.
     *
     * @return a new JSON mapper
     */
    public static JsonMapper mapperAcceptingLocalTimes() {
        JsonMapper mapper = mapper();
        mapper.registerModule(new SimpleModule("motcua-local-times")
                .addDeserializer(
                        Instant.class,
                        new IsoTextDeserializer<>(
                                Instant.class,
                                text -> {
                                    Instant fast = IsoText.instant(text);
                                    return fast != null ? fast : fromIsoDateTime(text);
                                },
                                "2023-01-05T09:00:00+07:00 or 2023-01-05T09:00:00")));
        return mapper;
    }

    /** Reads an instant with an offset, or local time in Vietnam, in any ISO-8601 form. */
    private static Instant fromIsoDateTime(String text) {
        return DateTimeFormatter.ISO_DATE_TIME.parse(
                text,
                parsed -> parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                        ? Instant.from(parsed)
                        : java.time.LocalDateTime.from(parsed)
                                .atZone(io.github.motcua.VietnamTime.ZONE)
                                .toInstant());
    }

    /** Dates and times are read from ISO-8601 text only; Jackson's own readers also accept numbers. */
    private static SimpleModule isoTextOnly() {
        return new SimpleModule("motcua-iso-text")
                .addDeserializer(
                        Instant.class,
                        new IsoTextDeserializer<>(
                                Instant.class,
                                text -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from),
                                "2023-01-05T09:00:00+07:00"))
                .addDeserializer(
                        LocalDate.class, new IsoTextDeserializer<>(LocalDate.class, LocalDate::parse, "2023-01-05"))
                .addDeserializer(
                        LocalTime.class, new IsoTextDeserializer<>(LocalTime.class, LocalTime::parse, "15:00"));
    }
}
