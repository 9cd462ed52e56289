package org.trayflow.tenancy;

import java.time.Instant;

/** The configuration in force, as the file that can be downloaded, edited and imported again. */
public record CurrentConfiguration(
    int version, String document, String changedBy, Instant changedAt) {}
