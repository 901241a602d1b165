package io.github.motcua.timeliness;

/**
 * Which date a dossier extended with an apology is judged against (docs/rules.md §2.4). The law
 * lets the body move the appointment once, with a written apology at least one day before it
 * (NĐ 61/2018/NĐ-CP Điều 19.9); whether the report then counts the dossier against the original or
 * the new date is not settled, so both are named. Either way a dossier that ends after the promised
 * date carries a {@code PROMISE_BROKEN} finding.
 */
public enum ExtensionPolicy {
    /** Against the due date the rules give, which no extension moves (the default). */
    ORIGINAL_DUE_DATE,
    /**
     * Against the date the last apology promised, where there is one, as some provinces'
     * dashboards do; compared by date, whatever the granularity.
     */
    PROMISED_DATE
}
