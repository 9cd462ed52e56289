package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.trayflow.platform.persistence.NativeRows;

/** A person's in-app inbox: newest first, with what is unread. */
@ApplicationScoped
@Transactional
public class Inbox {

  @Inject EntityManager em;
  @Inject Clock clock;

  public record Item(long id, String subject, String body, Instant receivedAt, boolean read) {}

  public long unread(String username) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from inbox_item where recipient = ?1 and read_at is null")
                .setParameter(1, username)
                .getSingleResult())
        .longValue();
  }

  public List<Item> newest(String username, int most) {
    return NativeRows.of(
            em.createNativeQuery(
                    "select delivery_id, subject, body, created_at, read_at is not null"
                        + " from inbox_item where recipient = ?1 order by created_at desc, delivery_id desc limit ?2")
                .setParameter(1, username)
                .setParameter(2, most))
        .map(
            row ->
                new Item(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    NativeRows.instant(row[3]),
                    (Boolean) row[4]))
        .toList();
  }

  /** Marks every item read; the badge goes back to nothing. */
  public void readAll(String username) {
    em.createNativeQuery(
            "update inbox_item set read_at = ?1 where recipient = ?2 and read_at is null")
        .setParameter(1, clock.instant())
        .setParameter(2, username)
        .executeUpdate();
  }
}
