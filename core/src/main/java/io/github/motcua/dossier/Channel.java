package io.github.motcua.dossier;

/** How a dossier reached the one-stop department; Biểu 06 counts new dossiers by channel. */
public enum Channel {
    /** Submitted in person at the desk (trực tiếp). */
    DIRECT,
    /** Submitted through the public service portal (trực tuyến). */
    ONLINE,
    /** Sent by the public postal service (dịch vụ bưu chính công ích). */
    POSTAL
}
