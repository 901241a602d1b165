package io.github.motcua.scoring;

/** How far a scheme's rules are confirmed by their published legal text. */
public enum SchemeStatus {
    /** Every rule is read from the published text. */
    VERIFIED,
    /** Some rule (a band, a target, a formula) is inferred where the text is not available. */
    PROVISIONAL
}
