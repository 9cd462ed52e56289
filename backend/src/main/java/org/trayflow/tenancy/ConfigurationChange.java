package org.trayflow.tenancy;

import java.time.Instant;

/** One version in the history of a tenant's configuration. */
public record ConfigurationChange(
    int version, String changedBy, Instant changedAt, String summary) {}
