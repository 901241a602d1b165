package io.github.motcua.report;

/** What the rows of a processing report are. */
public enum Grouping {
    /** One row per field of procedures (lĩnh vực), as Biểu 06 of one unit. */
    FIELD,
    /** One row per unit, in consolidated reports. */
    UNIT,
    /** One row per administrative level (cấp huyện, cấp xã), in consolidated reports. */
    LEVEL,
    /** One row per channel of receipt. */
    CHANNEL
}
