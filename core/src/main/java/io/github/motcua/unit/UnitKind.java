package io.github.motcua.unit;

/** What kind of body a unit is. */
public enum UnitKind {
    /** A people's committee (Ủy ban nhân dân) of a province, district or commune. */
    PEOPLES_COMMITTEE,
    /** A specialised agency (cơ quan chuyên môn), such as a department or a district office. */
    SPECIALISED_AGENCY,
    /** A one-stop department (Bộ phận Một cửa, Bộ phận Tiếp nhận và trả kết quả). */
    ONE_STOP_DEPARTMENT,
    /** A public administration service centre (Trung tâm Phục vụ hành chính công), from 2025. */
    SERVICE_CENTRE,
    /** Another body that resolves procedures at the desk, such as a power company's branch. */
    OTHER
}
