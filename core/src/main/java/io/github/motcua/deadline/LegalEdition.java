package io.github.motcua.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The decree whose time rules apply to a dossier, chosen by the day it was received.
 *
 * <p>Open question (docs/rules.md §9): whether NĐ 118/2025/NĐ-CP keeps the restart after a
 * supplement request; its text has not been confirmed, so its default is {@link
 * SupplementPolicy#RESTART} like NĐ 61's, marked unconfirmed, and callers who know otherwise set
 * the policy on {@link DeadlineRules}.
 */
public enum LegalEdition {
    /**
     * NĐ 61/2018/NĐ-CP (in force from 21 June 2018), amended by NĐ 107/2021/NĐ-CP: dossiers received
     * until 30 June 2025. Dossiers received before 21 June 2018 are computed with the same
     * day-counting rules.
     */
    ND_61_2018("NĐ 61/2018/NĐ-CP, Điều 19.4 (supplement), Điều 19.9 (extension)", SupplementPolicy.RESTART),
    /**
     * NĐ 118/2025/NĐ-CP (in force from 1 July 2025): dossiers received from 1 July 2025. Its default
     * supplement policy is not confirmed in the text.
     */
    ND_118_2025("NĐ 118/2025/NĐ-CP (restart after supplement unconfirmed)", SupplementPolicy.RESTART);

    /** The first day of NĐ 118/2025/NĐ-CP. */
    public static final LocalDate ND_118_FROM = LocalDate.of(2025, 7, 1);

    private final String source;
    private final SupplementPolicy defaultSupplementPolicy;

    LegalEdition(String source, SupplementPolicy defaultSupplementPolicy) {
        this.source = source;
        this.defaultSupplementPolicy = defaultSupplementPolicy;
    }

    /**
     * Returns the edition in force on the day a dossier was received.
     *
     * @param receiptDate the day of receipt
     * @return NĐ 61 until 30 June 2025, NĐ 118 from 1 July 2025
     */
    public static LegalEdition forReceiptDate(LocalDate receiptDate) {
        return Objects.requireNonNull(receiptDate, "receiptDate").isBefore(ND_118_FROM) ? ND_61_2018 : ND_118_2025;
    }

    /**
     * Returns the decree and articles the edition's rules come from.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Returns the supplement policy the edition prescribes.
     *
     * @return the default supplement policy
     */
    public SupplementPolicy defaultSupplementPolicy() {
        return defaultSupplementPolicy;
    }
}
