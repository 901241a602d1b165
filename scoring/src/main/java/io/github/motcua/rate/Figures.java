package io.github.motcua.rate;

/** Which figures a rate is computed from. */
public enum Figures {
    /** The official figures: excused late dossiers stay late. */
    OFFICIAL,
    /** The adjusted figures: excused late dossiers count as on time. */
    ADJUSTED
}
