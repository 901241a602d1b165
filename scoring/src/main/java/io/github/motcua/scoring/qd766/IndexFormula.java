package io.github.motcua.scoring.qd766;

/** The named formulas an index table's indicators use. */
public enum IndexFormula {
    /**
     * Capped linear: points = maximum × min(1, share ÷ target), where the share is the indicator's
     * measure, supplied by the caller ({@code Evidence.measures()}).
     */
    CAPPED_LINEAR,
    /**
     * The on-time rate of indicator 2.1: (resolved early or on time + pending within the deadline)
     * ÷ the dossiers in the period, from the dossiers' classes, capped linear against the target.
     * Classify the dossiers for the index with the supplement policy {@code PAUSE} and the
     * repeated-supplement policy {@code COUNTED_OVERDUE} (more than one request is overdue).
     */
    ON_TIME_RATE,
    /**
     * Satisfaction: 100% − the overdue rate (late or pending overdue) − the share of dossiers with a
     * verified complaint, from the dossiers, capped linear against the target.
     */
    SATISFACTION
}
