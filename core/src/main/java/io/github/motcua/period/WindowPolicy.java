package io.github.motcua.period;

/**
 * Which days a reporting period's figures cover.
 *
 * <p>The official windows are those of the government's reporting regime (NĐ 09/2019/NĐ-CP Điều 12,
 * marked [I] in docs/rules.md §2.7: inferred, with strong support): a month runs from the 15th of the
 * previous month to the 14th, and longer periods from the 15th of the month before their first
 * month to the 14th of their last month. The founding report (Thuận Châu 2023) counts dossiers
 * returned on 28/12/2022 in its 2023 figures, as the official window does.
 */
public enum WindowPolicy {
    /** From the 15th of the month before the period's first month to the 14th of its last month (the default). */
    OFFICIAL,
    /** From the first day of the period's first month to the last day of its last month. */
    CALENDAR
}
