package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.trayflow.platform.persistence.NativeRows;

/**
 * Deliveries given up after their last attempt: shown to the tenant's administrators, who may send
 * them again.
 */
@ApplicationScoped
@Transactional
public class DeadLetters {

  @Inject EntityManager em;
  @Inject Clock clock;

  public record DeadLetter(
      long id, String kind, String recipient, String channel, int attempts, String lastError) {}

  public List<DeadLetter> newest(int most) {
    return NativeRows.of(
            em.createNativeQuery(
                    "select d.id, m.kind, d.recipient, d.channel, d.attempts, d.last_error"
                        + " from notification_delivery d join outbox_message m on m.id = d.message_id where d.status = 'DEAD'"
                        + " order by d.id desc limit ?1")
                .setParameter(1, most))
        .map(
            row ->
                new DeadLetter(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    ((Number) row[4]).intValue(),
                    (String) row[5]))
        .toList();
  }

  /**
   * Sends it again from its first attempt, at the next drain; @return false when there is no such
   * dead letter
   */
  public boolean redrive(long id) {
    return em.createNativeQuery(
                "update notification_delivery set status = 'PENDING', attempts = 0,"
                    + " next_attempt_at = ?1, last_error = null where id = ?2 and status = 'DEAD'")
            .setParameter(1, clock.instant())
            .setParameter(2, id)
            .executeUpdate()
        == 1;
  }
}
