package io.github.motcua.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a criterion gave its points: the rule in words and the inputs behind it, down to the counts
 * and the dossier ids, so that an inspector can follow the number.
 *
 * @param text the rule and its outcome in words
 * @param counts named counts, in the order they explain the result, such as {@code evaluated → 120}
 * @param dossierIds named lists of dossier ids, such as the dossiers that scored 0
 */
public record Explanation(String text, Map<String, Long> counts, Map<String, List<String>> dossierIds) {
    /**
     * Checks and copies the components, keeping their order.
     *
     * @param text the rule and its outcome in words
     * @param counts named counts, in the order they explain the result, such as {@code evaluated → 120}
     * @param dossierIds named lists of dossier ids, such as the dossiers that scored 0
     */
    public Explanation {
        Objects.requireNonNull(text, "text");
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        Map<String, List<String>> ids = new LinkedHashMap<>();
        dossierIds.forEach((key, list) -> ids.put(key, List.copyOf(list)));
        dossierIds = Collections.unmodifiableMap(ids);
    }

    /**
     * Obtains an explanation of words only.
     *
     * @param text the rule and its outcome
     * @return the explanation
     */
    public static Explanation of(String text) {
        return new Explanation(text, Map.of(), Map.of());
    }

    /**
     * Returns a builder.
     *
     * @param text the rule and its outcome
     * @return a builder with no counts and no dossier ids
     */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** Builds explanations, keeping counts and lists in the order they are added. */
    public static final class Builder {
        private final String text;
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final Map<String, List<String>> dossierIds = new LinkedHashMap<>();

        private Builder(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        /**
         * Adds a named count.
         *
         * @param name what is counted
         * @param count the count
         * @return this builder
         */
        public Builder count(String name, long count) {
            counts.put(name, count);
            return this;
        }

        /**
         * Adds a named list of dossier ids; an empty list is left out.
         *
         * @param name what the dossiers have in common
         * @param ids the dossiers' ids
         * @return this builder
         */
        public Builder dossiers(String name, List<String> ids) {
            if (!ids.isEmpty()) {
                dossierIds.put(name, ids);
            }
            return this;
        }

        /**
         * Builds the explanation.
         *
         * @return the explanation
         */
        public Explanation build() {
            return new Explanation(text, counts, dossierIds);
        }
    }
}
