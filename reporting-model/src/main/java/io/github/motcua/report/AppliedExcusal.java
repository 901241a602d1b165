package io.github.motcua.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An excusal that moved late dossiers to on time in a report's adjusted figures.
 *
 * @param reason why the dossiers were late, as the excusal record gives it
 * @param source the document that grants the excusal
 * @param start the first day of the interval
 * @param end the last day of the interval
 * @param dossiers how many late dossiers it excused in the report
 */
public record AppliedExcusal(String reason, String source, LocalDate start, LocalDate end, long dossiers) {
    /**
     * Checks the components.
     *
     * @param reason why the dossiers were late, as the excusal record gives it
     * @param source the document that grants the excusal
     * @param start the first day of the interval
     * @param end the last day of the interval
     * @param dossiers how many late dossiers it excused in the report
     */
    public AppliedExcusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
