package io.github.motcua.deadline;

/** What a deadline finding reports. Findings are reported, never silently fixed. */
public enum FindingKind {
    /** The appointment date printed on the receipt differs from the due date the rules give. */
    APPOINTMENT_DATE_DIFFERS,
    /** More than one extension: the law allows one (NĐ 61/2018/NĐ-CP Điều 19.9). */
    SECOND_EXTENSION,
    /** An apology issued less than one working day before the due date it extends (NĐ 61/2018/NĐ-CP Điều 19.9). */
    LATE_APOLOGY
}
