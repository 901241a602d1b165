package io.github.motcua.report;

/** The language of a narrative or a table's headers. */
public enum Language {
    /** Vietnamese: 3.673; 99,75%; 25/12/2022. */
    VI,
    /** English: 3,673; 99.75%; 25/12/2022. */
    EN
}
