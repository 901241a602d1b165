package io.github.motcua.timeliness;

/** How an end is compared with a due date (docs/rules.md §2.5). */
public enum Granularity {
    /**
     * By calendar date (the default): ended before the due date is early, on it on time, after it
     * late (TT 01/2018/TT-VPCP indicators 1 and 7: shorter, equal, longer).
     */
    DATE,
    /**
     * By instant, for systems that store due instants: ended after the due instant is late, even on
     * the due date; otherwise on time on the due date and early before it.
     */
    INSTANT
}
