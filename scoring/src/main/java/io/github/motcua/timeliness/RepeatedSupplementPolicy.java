package io.github.motcua.timeliness;

/**
 * What more than one supplement request does to a dossier's class (docs/rules.md §2.3).
 *
 * <p>NĐ 61/2018/NĐ-CP asks for the supplement once, within 3 working days of receipt; a second
 * request is reported as a finding. The national public service portal's index computation counts
 * such a dossier as overdue whatever its dates.
 */
public enum RepeatedSupplementPolicy {
    /** A second request is a finding only; the class follows the dates (the default). */
    FINDING_ONLY,
    /**
     * A dossier with more than one request known at the report date is late if it was resolved,
     * and pending overdue if it is pending, as the national index counts it.
     */
    COUNTED_OVERDUE
}
