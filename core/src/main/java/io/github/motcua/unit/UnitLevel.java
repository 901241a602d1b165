package io.github.motcua.unit;

/**
 * The administrative level of a unit.
 *
 * <p>From 1/7/2025 there is no district level (NQ 202/2025/QH15); district units stay in the
 * master data with an end date so that earlier periods can still be reported.
 */
public enum UnitLevel {
    /** Ministries and central agencies (trung ương). */
    CENTRAL,
    /** Provinces and centrally governed cities, and their departments (cấp tỉnh). */
    PROVINCE,
    /** Districts, towns and provincial cities, and their offices (cấp huyện), until 30/6/2025. */
    DISTRICT,
    /** Communes, wards and townships (cấp xã). */
    COMMUNE
}
