package io.github.motcua.cli;

import io.github.motcua.LabelBundle;
import io.github.motcua.Language;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The command line's own labels, from {@code io/github/motcua/cli/labels_vi.properties} and {@code
 * labels_en.properties}: the demo's headings and the nouns it and {@code motcua score} count by.
 */
final class CliLabels {
    private static final Map<Language, LabelBundle> LABELS = LabelBundle.forEveryLanguage(
            language -> ResourceBundle.getBundle("io.github.motcua.cli.labels", language.locale()));

    private CliLabels() {}

    static LabelBundle of(Language language) {
        return Objects.requireNonNull(LABELS.get(language), "labels");
    }
}
