package org.trayflow.notifications;

import java.util.List;

/**
 * Deliveries given up after their last attempt: shown to the tenant's administrators, who may send
 * them again.
 */
public interface DeadLetters {

  record DeadLetter(
      long id, String kind, String recipient, String channel, int attempts, String lastError) {}

  List<DeadLetter> newest(int most);

  /**
   * Sends it again from its first attempt, at the next drain; @return false when there is no such
   * dead letter
   */
  boolean redrive(long id);
}
