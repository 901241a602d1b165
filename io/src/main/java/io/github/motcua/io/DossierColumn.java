package io.github.motcua.io;

import java.util.Locale;

/**
 * The columns of the dossier CSV format, in the order the writer puts them. The first six are
 * required in a file's header; the others may be left out, and an empty cell means "none".
 */
public enum DossierColumn {
    /** The dossier's id (mã hồ sơ), unique in the file. */
    ID(true),
    /** The procedure's code in the national database. */
    PROCEDURE_CODE(true),
    /** The code of the unit whose desk received the dossier. */
    RECEIVING_UNIT_CODE(true),
    /** The code of the unit that resolves it. */
    RESOLVING_UNIT_CODE(true),
    /** {@code DIRECT}, {@code ONLINE} or {@code POSTAL}. */
    CHANNEL(true),
    /** When it was received: an instant with offset, or local time in Vietnam. */
    RECEIVED_AT(true),
    /** The appointment date on the receipt (ngày hẹn trả). */
    APPOINTMENT_DATE(false),
    /** {@code RESOLVED}, {@code REFUSED}, {@code WITHDRAWN} or {@code STOPPED}; empty while in progress. */
    OUTCOME(false),
    /** When the result was ready. */
    RESULT_READY_AT(false),
    /** When the result was handed back. */
    RETURNED_AT(false),
    /** The code of the dossier's own excusal, such as a force-majeure reason. */
    EXCUSAL_CODE(false),
    /** The text of the dossier's own excusal. */
    EXCUSAL_TEXT(false),
    /** Supplement requests, as a JSON array of their JSON form. */
    SUPPLEMENT_REQUESTS(false),
    /** Extensions with apology, as a JSON array. */
    EXTENSIONS(false),
    /** Handling steps, as a JSON array. */
    HANDLING_STEPS(false),
    /** Applicants' evaluations, as a JSON array. */
    EVALUATIONS(false),
    /** Complaints, as a JSON array. */
    COMPLAINTS(false);

    private final boolean required;
    private final String header;

    DossierColumn(boolean required) {
        this.required = required;
        this.header = name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the column's name in the header, such as {@code received_at}.
     *
     * @return the header name
     */
    public String header() {
        return header;
    }

    /**
     * Tells whether a file's header must have the column.
     *
     * @return true for the first six columns
     */
    public boolean isRequired() {
        return required;
    }
}
