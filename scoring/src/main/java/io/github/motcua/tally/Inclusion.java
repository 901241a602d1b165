package io.github.motcua.tally;

/** Why a dossier is in a reporting period's figures. */
public enum Inclusion {
    /** Received in the period (tiếp nhận mới trong kỳ): Biểu 06 columns (4) and (5). */
    NEW,
    /** Received before the period and still pending at its start (từ kỳ trước chuyển sang): column (6). */
    CARRIED_OVER
}
