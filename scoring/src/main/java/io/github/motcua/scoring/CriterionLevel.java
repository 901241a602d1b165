package io.github.motcua.scoring;

/** Where a criterion's facts come from. */
public enum CriterionLevel {
    /** Each dossier is scored and the scores are averaged (TT 01/2018/TT-VPCP indicators 1–4, 6, 7). */
    DOSSIER,
    /** The unit is scored once from facts its caller supplies (indicators 5, 8, 9). */
    UNIT
}
