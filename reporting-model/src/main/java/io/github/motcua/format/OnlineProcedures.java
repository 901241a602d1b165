package io.github.motcua.format;

/**
 * How many of a unit's procedures are eligible for online service and offered online.
 *
 * @param eligible the procedures eligible for online service
 * @param online of those, the procedures offered online, partially or fully
 */
public record OnlineProcedures(long eligible, long online) {}
