package org.trayflow.patients.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.trayflow.platform.persistence.NativeRows;

/**
 * Every message from a hospital's record, kept with its acknowledgement: what was applied, and what
 * was not and why (never dropped silently). The same message again finds the first one's
 * acknowledgement.
 */
@ApplicationScoped
public class InboundMessages {

  @Inject EntityManager em;
  @Inject Clock clock;

  /** The acknowledgement given to this message before, if it came already. */
  @Transactional
  public Optional<Acknowledgement> earlier(InboundMessage message) {
    return NativeRows.of(
            em.createNativeQuery(
                    "select acknowledgement, reason from inbound_message"
                        + " where coalesce(tenant_id, 0) = ?1 and channel = ?2 and sender = ?3 and message_key = ?4")
                .setParameter(1, message.tenantId() == null ? 0L : message.tenantId())
                .setParameter(2, message.channel())
                .setParameter(3, message.sender())
                .setParameter(4, message.key()))
        .findFirst()
        .map(row -> new Acknowledgement((String) row[0], (String) row[1]));
  }

  /** In the caller's transaction: applied with it, or not at all. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void keep(InboundMessage message, Acknowledgement acknowledgement) {
    em.createNativeQuery(
            "insert into inbound_message (tenant_id, channel, sender, message_key, kind, body,"
                + " received_at, acknowledgement, reason) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .setParameter(1, message.tenantId())
        .setParameter(2, message.channel())
        .setParameter(3, cut(message.sender(), 120))
        .setParameter(4, cut(message.key(), 200))
        .setParameter(5, cut(message.kind(), 40))
        // PostgreSQL text cannot hold NUL: a message that carried one is refused, and kept readable
        .setParameter(6, message.body().replace('\u0000', '\uFFFD'))
        .setParameter(7, clock.instant())
        .setParameter(8, acknowledgement.code())
        .setParameter(9, cut(acknowledgement.reason(), 1000))
        .executeUpdate();
  }

  /**
   * A message that was not applied, kept in a transaction of its own (the one that tried to apply
   * it is gone).
   *
   * @return the acknowledgement, to answer with
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Acknowledgement keepRefused(InboundMessage message, Acknowledgement acknowledgement) {
    if (earlier(message).isEmpty()) {
      keep(message, acknowledgement);
    }
    return acknowledgement;
  }

  /**
   * After applying a message failed in the database: the same message applied meanwhile through
   * another connection (its unique key refused this copy) gets that answer; a value the database
   * refuses (too long, out of range, a check broken) will be refused whenever it is sent, so the
   * message is rejected once; anything else may work later and is thrown for an AE.
   */
  public Acknowledgement afterFailedApply(InboundMessage message, RuntimeException failed) {
    Optional<Acknowledgement> earlier = earlier(message);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    return refusedValue(failed)
        .map(
            why ->
                keepRefused(
                    message,
                    Acknowledgement.rejected(
                        "a value in the message does not fit Trayflow's record: " + why)))
        .orElseThrow(() -> failed);
  }

  /** SQL state class 22 (data exception) or 23514/23502 (a check or not-null constraint). */
  private static Optional<String> refusedValue(Throwable failed) {
    for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("22")
              || sql.getSQLState().equals("23514")
              || sql.getSQLState().equals("23502"))) {
        String text = Optional.ofNullable(sql.getMessage()).orElse(sql.getSQLState());
        return Optional.of(text.lines().findFirst().orElse(text));
      }
    }
    return Optional.empty();
  }

  /** The hospital's latest messages, newest first. */
  @Transactional
  public List<Received> latest(int limit) {
    return NativeRows.of(
            em.createNativeQuery(
                    "select id, channel, sender, message_key, kind, received_at,"
                        + " acknowledgement, reason from inbound_message order by received_at desc, id desc")
                .setMaxResults(limit))
        .map(
            row ->
                new Received(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    NativeRows.instant(row[5]),
                    (String) row[6],
                    (String) row[7]))
        .toList();
  }

  /** A kept message, without its body. */
  public record Received(
      long id,
      String channel,
      String sender,
      String key,
      String kind,
      Instant receivedAt,
      String acknowledgement,
      String reason) {}

  private static String cut(String text, int max) {
    String value = text == null ? "" : text;
    return value.length() <= max ? value : value.substring(0, max);
  }
}
