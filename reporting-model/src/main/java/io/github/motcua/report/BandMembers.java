package io.github.motcua.report;

import io.github.motcua.Language;
import java.util.List;
import java.util.Objects;

/**
 * The members of one band in an evaluation section, in ranking order.
 *
 * @param bandId the band's identifier, such as {@code EXCELLENT}
 * @param titleVi the band's Vietnamese title
 * @param titleEn the band's English title
 * @param names the members' names, in ranking order
 */
public record BandMembers(String bandId, String titleVi, String titleEn, List<String> names) {
    /**
     * Copies the names.
     *
     * @param bandId the band's identifier, such as {@code EXCELLENT}
     * @param titleVi the band's Vietnamese title
     * @param titleEn the band's English title
     * @param names the members' names, in ranking order
     */
    public BandMembers {
        Objects.requireNonNull(bandId, "bandId");
        Objects.requireNonNull(titleVi, "titleVi");
        Objects.requireNonNull(titleEn, "titleEn");
        names = List.copyOf(names);
    }

    /**
     * Returns the band's title in a language.
     *
     * @param language the language
     * @return {@link #titleVi()} or {@link #titleEn()}
     */
    public String title(Language language) {
        return switch (language) {
            case VI -> titleVi;
            case EN -> titleEn;
        };
    }

    /**
     * Returns how many members the band has.
     *
     * @return the count
     */
    public int count() {
        return names.size();
    }
}
