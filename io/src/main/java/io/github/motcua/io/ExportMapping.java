package io.github.motcua.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.motcua.VietnamTime;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a one-stop system's own export (CSV or Excel) holds dossiers: which column holds each field,
 * the patterns of its dates and times (Vietnam time), its words for channels and statuses, values
 * that are the same for the whole file, and the file's encoding. {@link ExportReader} reads an
 * export with it.
 *
 * <p>Its JSON form, read by {@link #read(InputStream)} (docs/formats.md, "Vendors' exports"):
 *
 * <pre>{@code
 * {
 *   "encoding": "UTF-8",
 *   "columns": {"id": "Mã hồ sơ", "procedureCode": "Mã TTHC", "receivedAt": "Ngày tiếp nhận", ...},
 *   "constants": {"resolvingUnitCode": "TC.X01"},
 *   "instantPattern": "dd/MM/yyyy HH:mm",
 *   "datePattern": "dd/MM/yyyy",
 *   "channels": {"Trực tiếp": "DIRECT", "Trực tuyến": "ONLINE", "Bưu chính": "POSTAL"},
 *   "statuses": {"Đang xử lý": "PENDING", "Đã trả kết quả": "RESOLVED", "Từ chối": "REFUSED"}
 * }
 * }</pre>
 *
 * <p>Column names, channel words and status words are compared in Unicode NFC, ignoring letter case,
 * white space at their edges and the length of runs of spaces inside. Every required field of a dossier (id, procedure, both units,
 * channel, receipt) is given by a column or a constant, never both.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExportMapping {
    /** The fields an export may hold, named as in the model (and in the mapping's JSON form). */
    public enum Field {
        /** The dossier's id. */
        ID("id", true),
        /** The procedure's code. */
        PROCEDURE_CODE("procedureCode", true),
        /** The unit whose desk received it. */
        RECEIVING_UNIT_CODE("receivingUnitCode", true),
        /** The unit that resolves it. */
        RESOLVING_UNIT_CODE("resolvingUnitCode", true),
        /** The channel, in the export's words ({@link ExportMapping#channels()}). */
        CHANNEL("channel", true),
        /** The receipt, a time in {@link ExportMapping#instantPattern()}. */
        RECEIVED_AT("receivedAt", true),
        /** The appointment date on the receipt, in {@link ExportMapping#datePattern()}. */
        APPOINTMENT_DATE("appointmentDate", false),
        /** The status, in the export's words ({@link ExportMapping#statuses()}): the outcome, or pending. */
        STATUS("status", false),
        /** When the result was ready, a time. */
        RESULT_READY_AT("resultReadyAt", false),
        /** When the result was returned, a time. */
        RETURNED_AT("returnedAt", false);

        private final String key;
        private final boolean required;

        Field(String key, boolean required) {
            this.key = key;
            this.required = required;
        }

        /**
         * Returns the field's name in the mapping's JSON form and in rejections.
         *
         * @return the name, such as {@code receivedAt}
         */
        public String key() {
            return key;
        }

        /**
         * Tells whether every dossier needs the field.
         *
         * @return true for the id, procedure, units, channel and receipt
         */
        public boolean isRequired() {
            return required;
        }

        static Field ofKey(String key) {
            for (Field field : values()) {
                if (field.key.equals(key)) {
                    return field;
                }
            }
            List<String> keys = new ArrayList<>();
            for (Field field : values()) {
                keys.add(field.key);
            }
            throw new MalformedFileException(
                    "the mapping names an unknown field '" + key + "'; the fields are " + String.join(", ", keys));
        }
    }

    /** The encodings an export may come in. */
    static final Set<String> ENCODINGS = Set.of("UTF-8", "UTF-16", "windows-1258");

    private final Charset encoding;
    private final @Nullable String sheet;
    private final Map<Field, String> columns;
    private final Map<Field, String> constants;
    private final String instantPattern;
    private final String datePattern;
    private final DateTimeFormatter instants;
    private final DateTimeFormatter dates;
    private final Map<String, Channel> channels;
    private final Map<String, Optional<Outcome>> statuses;

    private ExportMapping(Builder builder) {
        this.encoding = builder.encoding;
        this.sheet = builder.sheet;
        this.columns = Collections.unmodifiableMap(new EnumMap<>(builder.columns));
        this.constants = Collections.unmodifiableMap(new EnumMap<>(builder.constants));
        this.instantPattern = builder.instantPattern;
        this.datePattern = builder.datePattern;
        this.instants = pattern("instantPattern", instantPattern);
        this.dates = pattern("datePattern", datePattern);
        this.channels = Collections.unmodifiableMap(new LinkedHashMap<>(builder.channels));
        this.statuses = Collections.unmodifiableMap(new LinkedHashMap<>(builder.statuses));
        for (Field field : Field.values()) {
            if (columns.containsKey(field) && constants.containsKey(field)) {
                throw new MalformedFileException(
                        "the mapping gives " + field.key + " both as a column and as a constant; keep one");
            }
            if (field.required && !columns.containsKey(field) && !constants.containsKey(field)) {
                throw new MalformedFileException(
                        "the mapping gives no column or constant for " + field.key + ", which every dossier needs");
            }
        }
        if (columns.containsKey(Field.CHANNEL) && channels.isEmpty()) {
            throw new MalformedFileException(
                    "the mapping reads the channel from a column but lists no channel words (\"channels\")");
        }
        if (columns.containsKey(Field.STATUS) && statuses.isEmpty()) {
            throw new MalformedFileException(
                    "the mapping reads the status from a column but lists no status words (\"statuses\")");
        }
    }

    private static DateTimeFormatter pattern(String name, String pattern) {
        try {
            return VietnamTime.pattern(pattern);
        } catch (IllegalArgumentException e) {
            throw new MalformedFileException("the mapping's " + name + " '" + pattern + "' is not a date pattern ("
                    + e.getMessage() + "); write it as dd/MM/yyyy HH:mm");
        }
    }

    /**
     * Returns a builder: UTF-8, times as {@code dd/MM/yyyy HH:mm}, dates as {@code dd/MM/yyyy}, no
     * columns yet.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a mapping from its JSON form.
     *
     * @param in the JSON, UTF-8
     * @return the mapping
     * @throws IOException if the stream cannot be read
     * @throws MalformedFileException if the JSON is not a mapping, naming what is wrong
     */
    public static ExportMapping read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        JsonNode root;
        try {
            root = JsonMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build()
                    .readTree(in);
        } catch (JsonProcessingException e) {
            throw new MalformedFileException("the mapping is not valid JSON: " + JsonProblems.describe(e));
        }
        if (root == null || !root.isObject()) {
            throw new MalformedFileException("the mapping must be one JSON object, such as {\"columns\": {…}}");
        }
        Builder builder = builder();
        Iterator<Map.Entry<String, JsonNode>> members = root.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            switch (member.getKey()) {
                case "encoding" -> builder.encoding(text(member));
                case "sheet" -> builder.sheet(text(member));
                case "instantPattern" -> builder.instantPattern(text(member));
                case "datePattern" -> builder.datePattern(text(member));
                case "columns" -> texts(member).forEach((key, header) -> builder.column(Field.ofKey(key), header));
                case "constants" ->
                    texts(member).forEach((key, constant) -> builder.constant(Field.ofKey(key), constant));
                case "channels" ->
                    texts(member).forEach((word, channel) -> builder.channel(word, name(Channel.class, channel)));
                case "statuses" ->
                    texts(member).forEach((word, status) -> {
                        if (status.equalsIgnoreCase("PENDING")) {
                            builder.pending(word);
                        } else {
                            builder.status(word, name(Outcome.class, status));
                        }
                    });
                default ->
                    throw new MalformedFileException("the mapping has an unknown member \"" + member.getKey()
                            + "\"; the members are encoding, sheet, columns, constants, instantPattern, datePattern,"
                            + " channels, statuses");
            }
        }
        return builder.build();
    }

    private static String text(Map.Entry<String, JsonNode> member) {
        if (!member.getValue().isTextual()) {
            throw new MalformedFileException("the mapping's \"" + member.getKey() + "\" must be a text in quotes");
        }
        return member.getValue().asText();
    }

    private static Map<String, String> texts(Map.Entry<String, JsonNode> member) {
        JsonNode node = member.getValue();
        if (!node.isObject()) {
            throw new MalformedFileException("the mapping's \"" + member.getKey()
                    + "\" must be an object of texts, such as {\"id\": \"Mã hồ sơ\"}");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual()) {
                throw new MalformedFileException("the mapping's \"" + member.getKey() + "\" gives \"" + entry.getKey()
                        + "\" a value that is not a text in quotes");
            }
            texts.put(entry.getKey(), entry.getValue().asText());
        });
        return texts;
    }

    private static <E extends Enum<E>> E name(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(name.strip())) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        throw new MalformedFileException("the mapping names '" + name + "', which is not one of "
                + String.join(", ", names) + (type == Outcome.class ? ", PENDING" : ""));
    }

    /** The form in which the export's words and headers are compared: NFC, single spaces, stripped, lower case. */
    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the export's encoding.
     *
     * @return UTF-8 (a byte-order mark is skipped), UTF-16 (with its byte-order mark) or windows-1258
     */
    public Charset encoding() {
        return encoding;
    }

    /**
     * Returns the sheet of an Excel export to read.
     *
     * @return the sheet's name, or empty for the first sheet
     */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /**
     * Returns the column header of each field read from the export.
     *
     * @return the headers by field
     */
    public Map<Field, String> columns() {
        return columns;
    }

    /**
     * Returns the value of each field that is the same for every dossier of the export.
     *
     * @return the constants by field
     */
    public Map<Field, String> constants() {
        return constants;
    }

    /**
     * Returns the pattern of the export's times, local time in Vietnam.
     *
     * @return the pattern, such as {@code dd/MM/yyyy HH:mm}
     */
    public String instantPattern() {
        return instantPattern;
    }

    /**
     * Returns the pattern of the export's dates.
     *
     * @return the pattern, such as {@code dd/MM/yyyy}
     */
    public String datePattern() {
        return datePattern;
    }

    /**
     * Returns the export's words for the channels.
     *
     * @return the channel of each word
     */
    public Map<String, Channel> channels() {
        return channels;
    }

    /**
     * Returns the export's words for the statuses.
     *
     * @return the outcome of each word, empty for a dossier still being processed
     */
    public Map<String, Optional<Outcome>> statuses() {
        return statuses;
    }

    DateTimeFormatter instants() {
        return instants;
    }

    DateTimeFormatter dates() {
        return dates;
    }

    /** Builds mappings. */
    public static final class Builder {
        private Charset encoding = StandardCharsets.UTF_8;
        private @Nullable String sheet;
        private final Map<Field, String> columns = new EnumMap<>(Field.class);
        private final Map<Field, String> constants = new EnumMap<>(Field.class);
        private String instantPattern = "dd/MM/yyyy HH:mm";
        private String datePattern = "dd/MM/yyyy";
        private final Map<String, Channel> channels = new LinkedHashMap<>();
        private final Map<String, Optional<Outcome>> statuses = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Sets the export's encoding.
         *
         * @param name {@code UTF-8}, {@code UTF-16} or {@code windows-1258}
         * @return this builder
         * @throws MalformedFileException for another encoding
         */
        public Builder encoding(String name) {
            String known = ENCODINGS.stream()
                    .filter(candidate -> candidate.equalsIgnoreCase(name.strip()))
                    .findFirst()
                    .orElseThrow(() -> new MalformedFileException(
                            "the mapping's encoding '" + name + "' is not one of UTF-8, UTF-16, windows-1258"));
            this.encoding = Charset.forName(known);
            return this;
        }

        /**
         * Sets the sheet of an Excel export to read; the first by default.
         *
         * @param name the sheet's name
         * @return this builder
         */
        public Builder sheet(String name) {
            this.sheet = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Reads a field from a column.
         *
         * @param field the field
         * @param header the column's header in the export
         * @return this builder
         */
        public Builder column(Field field, String header) {
            columns.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(header, "header"));
            return this;
        }

        /**
         * Gives a field the same value for every dossier of the export, such as the unit code of a
         * commune's own export.
         *
         * @param field the field
         * @param value its value
         * @return this builder
         */
        public Builder constant(Field field, String value) {
            constants.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the pattern of the export's times.
         *
         * @param pattern a pattern of {@link DateTimeFormatter}, such as {@code dd/MM/yyyy HH:mm}
         * @return this builder
         */
        public Builder instantPattern(String pattern) {
            this.instantPattern = Objects.requireNonNull(pattern, "pattern");
            return this;
        }

        /**
         * Sets the pattern of the export's dates.
         *
         * @param pattern a pattern of {@link DateTimeFormatter}, such as {@code dd/MM/yyyy}
         * @return this builder
         */
        public Builder datePattern(String pattern) {
            this.datePattern = Objects.requireNonNull(pattern, "pattern");
            return this;
        }

        /**
         * Adds the export's word for a channel.
         *
         * @param word the word, such as {@code Trực tuyến}
         * @param channel the channel
         * @return this builder
         */
        public Builder channel(String word, Channel channel) {
            channels.put(key(Objects.requireNonNull(word, "word")), Objects.requireNonNull(channel, "channel"));
            return this;
        }

        /**
         * Adds the export's word for a status that ends the dossier with an outcome.
         *
         * @param word the word, such as {@code Đã trả kết quả}
         * @param outcome the outcome
         * @return this builder
         */
        public Builder status(String word, Outcome outcome) {
            statuses.put(
                    key(Objects.requireNonNull(word, "word")), Optional.of(Objects.requireNonNull(outcome, "outcome")));
            return this;
        }

        /**
         * Adds the export's word for a dossier still being processed.
         *
         * @param word the word, such as {@code Đang xử lý}
         * @return this builder
         */
        public Builder pending(String word) {
            statuses.put(key(Objects.requireNonNull(word, "word")), Optional.empty());
            return this;
        }

        /**
         * Builds the mapping.
         *
         * @return the mapping
         * @throws MalformedFileException if a required field has neither a column nor a constant, a
         *     field has both, a pattern is not one, or channel or status words are missing
         */
        public ExportMapping build() {
            return new ExportMapping(this);
        }
    }
}
