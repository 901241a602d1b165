package io.github.motcua.calendar;

/** Whether a calendar entry comes from a published notice or is computed from the law's rules. */
public enum EntryStatus {
    /** Set by a published notice or decision, which the entry cites. */
    PUBLISHED,
    /**
     * Computed from the Labour Code with the library's named defaults for the Prime Minister's
     * yearly choices, or announced but not yet confirmed: to be replaced when the notice is out.
     */
    PROVISIONAL
}
