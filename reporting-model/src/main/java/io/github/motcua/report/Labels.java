package io.github.motcua.report;

import io.github.motcua.LabelBundle;
import io.github.motcua.Language;
import io.github.motcua.dossier.Channel;
import io.github.motcua.tally.ReportColumn;
import io.github.motcua.unit.UnitLevel;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The reporting model's labels in one language: rows by level and by channel, the total row and the
 * report's columns, as the renderers write them. They come from the bundle {@code
 * io/github/motcua/report/labels_vi.properties} and {@code labels_en.properties}, the same text
 * whatever the JVM's default locale (see {@link LabelBundle}).
 *
 * <pre>{@code
 * Labels.of(Language.VI).level(UnitLevel.DISTRICT);          // "Cấp huyện"
 * Labels.of(Language.EN).column(ReportColumn.RECEIVED);      // "(3) Received"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Labels {
    private static final Map<Language, Labels> LABELS = new EnumMap<>(Language.class);

    static {
        LabelBundle.forEveryLanguage(
                        language -> ResourceBundle.getBundle("io.github.motcua.report.labels", language.locale()))
                .forEach((language, bundle) -> LABELS.put(language, new Labels(bundle)));
    }

    private final LabelBundle bundle;

    private Labels(LabelBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * Returns the labels of a language.
     *
     * @param language the language
     * @return the labels
     */
    public static Labels of(Language language) {
        return Objects.requireNonNull(LABELS.get(Objects.requireNonNull(language, "language")), "labels");
    }

    /**
     * Returns the labels' language.
     *
     * @return the language
     */
    public Language language() {
        return bundle.language();
    }

    /**
     * Returns the label of a row of the units of one level.
     *
     * @param level the level
     * @return the label, such as {@code Cấp huyện} or {@code District level}
     */
    public String level(UnitLevel level) {
        return bundle.get("level." + level.name());
    }

    /**
     * Returns the label of a row of the dossiers received through one channel.
     *
     * @param channel the channel
     * @return the label, such as {@code Trực tuyến} or {@code Online}
     */
    public String channel(Channel channel) {
        return bundle.get("channel." + channel.name());
    }

    /**
     * Returns the label of the total row.
     *
     * @return {@code Tổng cộng} or {@code Total}
     */
    public String total() {
        return bundle.get("total");
    }

    /**
     * Returns the header of a column of Biểu 06, with the form's number where it has one.
     *
     * @param column the column
     * @return the header, such as {@code (3) Tổng số hồ sơ tiếp nhận} or {@code Late, excused}
     */
    public String column(ReportColumn column) {
        String label = columnName(column);
        return column.number().isPresent() ? "(" + column.number().getAsInt() + ") " + label : label;
    }

    /** A column's name without the form's number, as the workbook heads it under its number. */
    String columnName(ReportColumn column) {
        return bundle.get("column." + column.name());
    }

    /** A label of the renderers, by key. */
    String get(String key) {
        return bundle.get(key);
    }

    /** A label of the renderers with its placeholders filled, by key. */
    String format(String key, Object... arguments) {
        return bundle.format(key, arguments);
    }

    /** A one-character label, such as a separator of digits. */
    char character(String key) {
        String label = bundle.get(key);
        if (label.length() != 1) {
            throw new MissingResourceException(
                    "label '" + key + "' of " + bundle + " must be one character: '" + label + "'",
                    Labels.class.getName(),
                    key);
        }
        return label.charAt(0);
    }

    /** A label that is {@code true} or {@code false}, such as whether counts take two digits. */
    boolean flag(String key) {
        String label = bundle.get(key);
        if (!label.equals("true") && !label.equals("false")) {
            throw new MissingResourceException(
                    "label '" + key + "' of " + bundle + " must be true or false: '" + label + "'",
                    Labels.class.getName(),
                    key);
        }
        return label.equals("true");
    }
}
