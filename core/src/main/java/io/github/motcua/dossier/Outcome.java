package io.github.motcua.dossier;

/** How a dossier ended. A dossier without an outcome is still being processed. */
public enum Outcome {
    /** A result was issued (đã giải quyết). */
    RESOLVED,
    /** The body refused to resolve it, with reasons (từ chối giải quyết). */
    REFUSED,
    /** The applicant withdrew it (rút hồ sơ). */
    WITHDRAWN,
    /** Processing was stopped (dừng giải quyết, Mẫu 05 of TT 03/2025/TT-VPCP). */
    STOPPED
}
