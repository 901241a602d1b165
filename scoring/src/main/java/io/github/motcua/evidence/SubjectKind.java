package io.github.motcua.evidence;

/** What is scored: a unit (an agency, a People's Committee, a one-stop department) or an official. */
public enum SubjectKind {
    /** An agency, a People's Committee or a one-stop department (TT 01/2018/TT-VPCP Điều 12). */
    UNIT,
    /** An official who received, processed or returned dossiers (TT 01/2018/TT-VPCP Điều 13). */
    OFFICIAL
}
