package org.trayflow.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What is waiting to be sent, across tenants: for the drain's schedule and the ops metrics. */
public interface NotificationBacklog {

  /**
   * What one tenant has waiting: messages not dispatched plus deliveries not sent, and the oldest
   * one's age.
   */
  record Reading(long depth, long oldestAgeSeconds) {}

  /** The tenants with messages to dispatch or deliveries due: the drain's partitions. */
  List<Long> tenantsWithWork(Instant now);

  /** Each tenant with anything waiting, by slug. */
  Map<String, Reading> byTenant(Instant now);
}
