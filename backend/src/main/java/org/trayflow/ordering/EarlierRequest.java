package org.trayflow.ordering;

import java.time.LocalDate;
import org.trayflow.ids.OrderId;

/**
 * A checkout request as its Idempotency-Key records it: its fingerprint (a retry must carry the
 * same) and the order it made.
 */
public record EarlierRequest(String fingerprint, OrderId orderId, LocalDate serviceDate) {}
