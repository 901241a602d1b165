package io.github.motcua.evidence;

/** How a procedure is published to applicants (TT 01/2018/TT-VPCP indicator 6). */
public enum Publication {
    /** Posted at the desk and published electronically, correctly and on time. */
    ON_SITE_AND_ELECTRONIC,
    /** Posted at the desk or published electronically, not both. */
    ONE_OF_TWO,
    /** Neither, or not correctly, or not on time. */
    NOT_PUBLISHED
}
