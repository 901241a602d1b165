package io.github.motcua.dossier;

/** How an applicant's evaluation was collected (TT 01/2018/TT-VPCP Điều 14.3). */
public enum EvaluationChannel {
    /** A paper form filled in at the desk (Phiếu đánh giá). */
    FORM,
    /** An evaluation device at the desk. */
    DESK_DEVICE,
    /** The public service portal or another online channel. */
    ONLINE
}
