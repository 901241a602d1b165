package io.github.motcua.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An excusal that moved late dossiers to on time in a report's adjusted figures: an interval of
 * excused days (such as a system outage) or a reason recorded on the dossiers themselves.
 *
 * @param reason why the dossiers were late, as the excusal record gives it
 * @param source the document that grants the excusal, or empty for a dossier's own excusal
 * @param start the first day of the interval, or empty for a dossier's own excusal
 * @param end the last day of the interval, or empty for a dossier's own excusal
 * @param dossiersByRow how many late dossiers it excused, by row key
 */
public record AppliedExcusal(
        String reason,
        Optional<String> source,
        Optional<LocalDate> start,
        Optional<LocalDate> end,
        Map<String, Long> dossiersByRow) {
    /**
     * Checks and copies the components.
     *
     * @param reason why the dossiers were late, as the excusal record gives it
     * @param source the document that grants the excusal, or empty for a dossier's own excusal
     * @param start the first day of the interval, or empty for a dossier's own excusal
     * @param end the last day of the interval, or empty for a dossier's own excusal
     * @param dossiersByRow how many late dossiers it excused, by row key
     */
    public AppliedExcusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        dossiersByRow = Collections.unmodifiableMap(new LinkedHashMap<>(dossiersByRow));
    }

    /**
     * Returns how many late dossiers it excused in one row.
     *
     * @param rowKey the row's key
     * @return the count, zero when none
     */
    public long dossiers(String rowKey) {
        return dossiersByRow.getOrDefault(rowKey, 0L);
    }
}
