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
     * The index's scheme declares the classification this needs
     * ({@code ClassificationPolicy.nationalIndex()}: supplement policy {@code PAUSE}, more than one
     * request overdue); classify its dossiers with {@code classifier.under(scheme.classification())}.
     */
    ON_TIME_RATE,
    /**
     * Satisfaction as the design of the index states it: 100% − the overdue rate (late or pending
     * overdue) − the share of dossiers with a verified complaint, from the dossiers, capped linear
     * against the target. A dossier both overdue and complained about is subtracted twice; the share
     * is not below zero.
     */
    SATISFACTION,
    /**
     * Satisfaction as the share of dossiers neither overdue nor complained about: each dossier
     * subtracted once, the named variant of {@link #SATISFACTION}, capped linear against the target.
     */
    SATISFACTION_NEITHER
}
