package io.github.motcua;

import java.util.Locale;

/**
 * The language of a text the library writes: a report's narrative, a table's headers, a scorecard's
 * explanation. Each module keeps its labels in a properties bundle per language, read as a {@link
 * LabelBundle}.
 */
public enum Language {
    /** Vietnamese: 3.673; 99,75%; 25/12/2022. */
    VI(Locale.forLanguageTag("vi")),
    /** English: 3,673; 99.75%; 25/12/2022. */
    EN(Locale.forLanguageTag("en"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /**
     * Returns the locale of the language, without a country.
     *
     * @return {@code vi} or {@code en}
     */
    public Locale locale() {
        return locale;
    }
}
