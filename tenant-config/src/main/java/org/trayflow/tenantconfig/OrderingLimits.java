package org.trayflow.tenantconfig;

/**
 * How much one member of staff may order: per meal slot, and per minute (a guard against runaway
 * clients).
 */
public record OrderingLimits(int ordersPerSlot, int ordersPerMinute) {}
