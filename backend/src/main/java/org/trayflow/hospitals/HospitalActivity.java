package org.trayflow.hospitals;

import java.time.Instant;
import java.util.Optional;
import org.trayflow.tenancy.TenantSummary;

/**
 * A hospital as the platform watches it: whether it is in use today.
 *
 * @param ordersToday orders placed for today's meals, today being the hospital's own
 */
public record HospitalActivity(
    TenantSummary hospital, long ordersToday, long activePeople, Optional<Instant> lastSignIn) {}
