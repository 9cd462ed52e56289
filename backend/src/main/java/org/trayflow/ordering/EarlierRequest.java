package org.trayflow.ordering;

import java.time.LocalDate;

/**
 * A checkout request as its Idempotency-Key records it: its fingerprint (a retry must carry the
 * same) and the order it made.
 */
public record EarlierRequest(String fingerprint, long orderId, LocalDate serviceDate) {}
