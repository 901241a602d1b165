package io.github.motcua.deadline;

/**
 * What a finding on a dossier's record reports. Findings are reported, never silently fixed: the
 * figures are computed from the record as it is, and each finding says where it disagrees with
 * the rules.
 */
public enum FindingKind {
    /** The appointment date printed on the receipt differs from the due date the rules give. */
    APPOINTMENT_DATE_DIFFERS,
    /** More than one extension: the law allows one (NĐ 61/2018/NĐ-CP Điều 19.9). */
    SECOND_EXTENSION,
    /** An apology issued less than one working day before the due date it extends (NĐ 61/2018/NĐ-CP Điều 19.9). */
    LATE_APOLOGY,
    /**
     * A supplement request sent more than 3 working days after the clock started, at the receipt
     * or at the answer that restarted it (NĐ 61/2018/NĐ-CP
     * Điều 19.4 requires it within 3 working days): under the default
     * {@link LateRequestPolicy#KEEPS_DUE_DATE} it does not move the due date.
     */
    SUPPLEMENT_REQUESTED_LATE,
    /**
     * A supplement request sent after the due date in force when it was sent (after the due
     * instant, for a procedure counted in working hours or the same day): under the default
     * {@link LateRequestPolicy#KEEPS_DUE_DATE} it does not move the due date.
     */
    SUPPLEMENT_REQUESTED_AFTER_DUE_DATE,
    /**
     * The dossier's counting window, from its receipt to its due date, holds a day off that the
     * calendar's data marks provisional (announced but not confirmed, such as Vietnamese Culture Day
     * 24/11/2026): the due date depends on it.
     */
    PROVISIONAL_DAY_OFF,
    /** More than one supplement request; the national index counts such a dossier as overdue. */
    MULTIPLE_SUPPLEMENT_REQUESTS,
    /** A resolved dossier whose result was ready but which was never returned to the applicant. */
    ENDED_NOT_RETURNED,
    /**
     * A resolved dossier that ended after the new appointment date its apology promised: the
     * promise of NĐ 61/2018/NĐ-CP Điều 19.9 (TT 01/2018/TT-VPCP Mẫu 04) was broken.
     */
    PROMISE_BROKEN
}
