package org.trayflow.audit;

import java.time.Instant;

/** One line of the audit log. */
public record AuditRecord(Instant at, String actor, String action, String detail) {}
