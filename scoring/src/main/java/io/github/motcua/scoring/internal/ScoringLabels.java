package io.github.motcua.scoring.internal;

import io.github.motcua.LabelBundle;
import io.github.motcua.Language;
import io.github.motcua.scoring.Band;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The scoring module's labels: the built-in bands' titles, the words of {@code
 * Scorecard.explain(Language)} and of {@code Standings.summary(Bands, Language)}, from {@code
 * io/github/motcua/scoring/internal/labels_vi.properties} and {@code labels_en.properties}. Public
 * only for the scoring packages; the package is not exported.
 */
public final class ScoringLabels {
    private static final Map<Language, LabelBundle> LABELS = LabelBundle.forEveryLanguage(
            language -> ResourceBundle.getBundle("io.github.motcua.scoring.internal.labels", language.locale()));

    private ScoringLabels() {}

    /**
     * Returns the labels of a language.
     *
     * @param language the language
     * @return the labels
     */
    public static LabelBundle of(Language language) {
        return Objects.requireNonNull(LABELS.get(Objects.requireNonNull(language, "language")), "labels");
    }

    /**
     * Returns a built-in band, titled in both languages.
     *
     * @param id the band's identifier, such as {@code EXCELLENT}
     * @return the band
     * @throws java.util.MissingResourceException if a language has no title for it
     */
    public static Band band(String id) {
        return new Band(id, of(Language.VI).get("band." + id), of(Language.EN).get("band." + id));
    }
}
