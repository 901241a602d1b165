package io.github.motcua.scoring;

/**
 * What a scheme does with a criterion that has no data, such as an indicator from evaluations when
 * no dossier was evaluated.
 */
public enum MissingDataPolicy {
    /**
     * The criterion is left out of the total (TT 01/2018/TT-VPCP Điều 15.4.b); the bands stay
     * absolute, so a subject with fewer criteria can reach fewer points. The default.
     */
    EXCLUDE,
    /**
     * The total of the criteria present is scaled to the scheme's maximum (total × maximum ÷ the
     * maxima of the criteria present), then rounded with the scheme's rounding.
     */
    RESCALE
}
