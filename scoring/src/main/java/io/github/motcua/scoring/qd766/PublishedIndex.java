package io.github.motcua.scoring.qd766;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An index as published: the points of each group and the stated total.
 *
 * @param id what the figures are, such as a province and a week
 * @param groups the points of each group, by group number
 * @param statedTotal the total the publication states
 */
public record PublishedIndex(String id, Map<String, BigDecimal> groups, BigDecimal statedTotal) {
    /**
     * Copies the groups.
     *
     * @param id what the figures are, such as a province and a week
     * @param groups the points of each group, by group number
     * @param statedTotal the total the publication states
     */
    public PublishedIndex {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statedTotal, "statedTotal");
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }
}
