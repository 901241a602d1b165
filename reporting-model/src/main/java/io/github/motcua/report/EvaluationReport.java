package io.github.motcua.report;

import java.util.List;
import java.util.Objects;

/**
 * The evaluation results of a period: one section per group of subjects scored and ranked.
 *
 * @param period the period, such as {@code 2023}
 * @param sections the sections, in the order they are reported
 */
public record EvaluationReport(String period, List<EvaluationSection> sections) {
    /**
     * Copies the sections.
     *
     * @param period the period, such as {@code 2023}
     * @param sections the sections, in the order they are reported
     */
    public EvaluationReport {
        Objects.requireNonNull(period, "period");
        sections = List.copyOf(sections);
    }

    /**
     * Returns a section by key.
     *
     * @param key the section's key
     * @return the section
     * @throws IllegalArgumentException if there is no such section
     */
    public EvaluationSection section(String key) {
        return sections.stream()
                .filter(section -> section.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the report has no section " + key));
    }
}
