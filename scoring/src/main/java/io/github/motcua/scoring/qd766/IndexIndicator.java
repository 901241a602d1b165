package io.github.motcua.scoring.qd766;

import io.github.motcua.scoring.SchemeStatus;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an index table.
 *
 * @param group the group's number, such as {@code 2}
 * @param groupTitle the group's Vietnamese title
 * @param groupMax the group's maximum
 * @param id the indicator's id, such as {@code qd766.2.1}
 * @param titleVi the Vietnamese title
 * @param titleEn the English title
 * @param maxPoints the indicator's maximum
 * @param formula the formula
 * @param measure the measure a {@link IndexFormula#CAPPED_LINEAR} indicator reads, empty otherwise
 * @param targetPercent the target, in percent, above 0 and at most 100
 * @param source the legal or published source
 * @param status whether the line is verified against its source or provisional
 */
public record IndexIndicator(
        String group,
        String groupTitle,
        BigDecimal groupMax,
        String id,
        String titleVi,
        String titleEn,
        BigDecimal maxPoints,
        IndexFormula formula,
        String measure,
        BigDecimal targetPercent,
        String source,
        SchemeStatus status) {
    /**
     * Checks that no component is null.
     *
     * @param group the group's number, such as {@code 2}
     * @param groupTitle the group's Vietnamese title
     * @param groupMax the group's maximum
     * @param id the indicator's id, such as {@code qd766.2.1}
     * @param titleVi the Vietnamese title
     * @param titleEn the English title
     * @param maxPoints the indicator's maximum
     * @param formula the formula
     * @param measure the measure a {@link IndexFormula#CAPPED_LINEAR} indicator reads, empty otherwise
     * @param targetPercent the target, in percent, above 0 and at most 100
     * @param source the legal or published source
     * @param status whether the line is verified against its source or provisional
     */
    public IndexIndicator {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(groupTitle, "groupTitle");
        Objects.requireNonNull(groupMax, "groupMax");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleVi, "titleVi");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(targetPercent, "targetPercent");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }
}
