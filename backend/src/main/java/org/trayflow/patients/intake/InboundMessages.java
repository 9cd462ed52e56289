package org.trayflow.patients.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.trayflow.patients.intake.persistence.InboundRows;

/**
 * Every message from a hospital's record, kept with its acknowledgement: what was applied, and what
 * was not and why (never dropped silently). The same message again finds the first one's
 * acknowledgement.
 */
@ApplicationScoped
public class InboundMessages {

  @Inject InboundRows rows;
  @Inject Clock clock;

  /** The acknowledgement given to this message before, if it came already. */
  @Transactional
  public Optional<Acknowledgement> earlier(InboundMessage message) {
    return rows.answerTo(message);
  }

  /** In the caller's transaction: applied with it, or not at all. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void keep(InboundMessage message, Acknowledgement acknowledgement) {
    rows.add(message, acknowledgement, clock.instant());
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
    return rows.latest(limit);
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
}
