package io.github.motcua.scoring;

import io.github.motcua.Language;
import java.util.Objects;

/**
 * A class a total falls into, such as "excellent" (xuất sắc) or "completes 100% of duties".
 *
 * @param id a stable identifier, such as {@code EXCELLENT}
 * @param titleVi the Vietnamese title, such as {@code Xuất sắc}
 * @param titleEn the English title, such as {@code Excellent}
 */
public record Band(String id, String titleVi, String titleEn) {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a component is blank
     *
     * @param id a stable identifier, such as {@code EXCELLENT}
     * @param titleVi the Vietnamese title, such as {@code Xuất sắc}
     * @param titleEn the English title, such as {@code Excellent}
     */
    public Band {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleVi, "titleVi");
        Objects.requireNonNull(titleEn, "titleEn");
        if (id.isBlank() || titleVi.isBlank() || titleEn.isBlank()) {
            throw new IllegalArgumentException("a band needs an id and titles: " + id);
        }
    }

    /**
     * Returns the title in a language.
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
}
