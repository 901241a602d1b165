package io.github.motcua;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of one language, from a properties bundle with a file per language, such as {@code
 * labels_vi.properties} and {@code labels_en.properties}, which Java reads as UTF-8. A label is a
 * text or a pattern whose placeholders {@code {0}}, {@code {1}} … take the arguments of {@link
 * #format}; apostrophes and numbers are written as they are, unlike {@link java.text.MessageFormat}.
 *
 * <pre>{@code
 * LabelBundle labels = LabelBundle.of(Language.VI, ResourceBundle.getBundle("com.example.labels", Language.VI.locale()));
 * labels.get("total");                                // "Tổng cộng"
 * labels.format("score", "17,94", "xuất sắc");        // "Đạt 17,94 điểm, xếp loại xuất sắc."
 * }</pre>
 *
 * <p>The text never depends on the JVM's default locale: when a language's file is missing, {@link
 * ResourceBundle#getBundle(String, Locale)} falls back to the default locale's file, or to the base
 * file, and such a bundle is refused here. A missing key throws rather than showing the key. The
 * module that owns the bundle loads it, because in a named module only the module's own code finds a
 * bundle in a package it does not open (and {@code ResourceBundle.Control}, with its no-fallback
 * control, is not supported there); on the class path the same call works.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelBundle {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");

    private final Language language;
    private final String name;
    private final Map<String, String> labels;

    private LabelBundle(Language language, String name, Map<String, String> labels) {
        this.language = language;
        this.name = name;
        this.labels = labels;
    }

    /**
     * Reads the labels of a language from a bundle its module loaded.
     *
     * @param language the language the labels must be in
     * @param bundle the bundle, such as {@code ResourceBundle.getBundle(name, language.locale())}
     * @return the labels
     * @throws MissingResourceException if the bundle is not the language's own file: another
     *     language's, or the base file, which {@code getBundle} gives when the language's is missing
     */
    public static LabelBundle of(Language language, ResourceBundle bundle) {
        Objects.requireNonNull(language, "language");
        String name = Objects.requireNonNullElse(bundle.getBaseBundleName(), "labels");
        if (!bundle.getLocale().equals(language.locale())) {
            throw new MissingResourceException(
                    "no " + language + " labels: " + name + "_" + language.locale() + ".properties is missing,"
                            + " and the bundle found is for '" + bundle.getLocale() + "'",
                    name,
                    "");
        }
        Map<String, String> labels = new HashMap<>();
        for (String key : bundle.keySet()) {
            labels.put(key, bundle.getString(key));
        }
        return new LabelBundle(language, name, Collections.unmodifiableMap(labels));
    }

    /**
     * Reads the labels of every language, each from the bundle that a module's own code loads.
     *
     * <pre>{@code
     * Map<Language, LabelBundle> labels = LabelBundle.forEveryLanguage(
     *         language -> ResourceBundle.getBundle("com.example.labels", language.locale()));
     * }</pre>
     *
     * @param bundle loads a language's bundle; a lambda in the module that owns the bundle, so that
     *     the module's own code looks it up
     * @return the labels of each language, unmodifiable
     * @throws MissingResourceException if a language's file is missing
     */
    public static Map<Language, LabelBundle> forEveryLanguage(Function<Language, ResourceBundle> bundle) {
        Map<Language, LabelBundle> labels = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            labels.put(language, of(language, bundle.apply(language)));
        }
        return Collections.unmodifiableMap(labels);
    }

    /**
     * Returns the labels' language.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * Returns every key.
     *
     * @return the keys, unmodifiable
     */
    public Set<String> keys() {
        return labels.keySet();
    }

    /**
     * Returns a label.
     *
     * @param key the label's key
     * @return the label, as written in the bundle
     * @throws MissingResourceException if the bundle has no such key
     */
    public String get(String key) {
        String label = labels.get(key);
        if (label == null) {
            throw new MissingResourceException(
                    "no label '" + key + "' in " + name + "_" + language.locale() + ".properties", name, key);
        }
        return label;
    }

    /**
     * Returns a label with its placeholders {@code {0}}, {@code {1}} … replaced by the arguments'
     * text; a pattern may leave arguments out.
     *
     * @param key the label's key
     * @param arguments the arguments, by position
     * @return the text
     * @throws MissingResourceException if the bundle has no such key
     * @throws IllegalArgumentException if the pattern has a placeholder beyond the arguments
     */
    public String format(String key, Object... arguments) {
        return PLACEHOLDER.matcher(get(key)).replaceAll(placeholder -> {
            int index = Integer.parseInt(placeholder.group(1));
            if (index >= arguments.length) {
                throw new IllegalArgumentException("label '" + key + "' in " + name + "_" + language.locale()
                        + ".properties has {" + index + "} but only " + arguments.length + " arguments");
            }
            return Matcher.quoteReplacement(String.valueOf(arguments[index]));
        });
    }

    /**
     * Returns the bundle's name and language, such as {@code io.github.motcua.report.labels (VI)}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return name + " (" + language + ")";
    }
}
