package org.trayflow.tenantconfig;

/**
 * A meal the hospital serves every day (breakfast, lunch, supper…): when it is served, when staff
 * may order it, and the cut-off after which orders can no longer be changed or cancelled.
 *
 * @param defaultPortions portions planned per item and site when a menu does not say otherwise
 */
public record MealPeriod(
    Slug id,
    String name,
    TimeWindow service,
    OrderingMoment orderingOpens,
    OrderingMoment orderingCloses,
    OrderingMoment cutOff,
    int defaultPortions) {}
