package org.trayflow.patients.intake.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.trayflow.patients.intake.Acknowledgement;
import org.trayflow.patients.intake.InboundMessage;
import org.trayflow.patients.intake.InboundMessages;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;

/**
 * The messages the hospital's record sent ({@code inbound_message}), each with its answer. A
 * message from a sender not yet known to belong to a tenant has none (its tenant id is null).
 * Callers hold the transaction.
 */
@ApplicationScoped
public class InboundRows {

  @Inject EntityManager em;

  /** The answer given to this message, if the same sender sent it before. */
  public Optional<Acknowledgement> answerTo(InboundMessage message) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select acknowledgement, reason from inbound_message"
                        + " where coalesce(tenant_id, 0) = ?1 and channel = ?2 and sender = ?3"
                        + " and message_key = ?4")
                .setParameter(1, message.tenantId() == null ? 0L : message.tenantId())
                .setParameter(2, message.channel())
                .setParameter(3, message.sender())
                .setParameter(4, message.key()))
        .findFirst()
        .map(row -> new Acknowledgement(row.text("acknowledgement"), row.text("reason")));
  }

  public void add(InboundMessage message, Acknowledgement answer, Instant receivedAt) {
    em.createNativeQuery(
            "insert into inbound_message (tenant_id, channel, sender, message_key, kind, body,"
                + " received_at, acknowledgement, reason)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .setParameter(1, message.tenantId())
        .setParameter(2, message.channel())
        .setParameter(3, cut(message.sender(), 120))
        .setParameter(4, cut(message.key(), 200))
        .setParameter(5, cut(message.kind(), 40))
        // PostgreSQL text cannot hold NUL: a message that carried one is refused, and kept readable
        .setParameter(6, message.body().replace('\u0000', '\uFFFD'))
        .setParameter(7, receivedAt)
        .setParameter(8, answer.code())
        .setParameter(9, cut(answer.reason(), 1000))
        .executeUpdate();
  }

  /** The tenant's latest messages, newest first. */
  public List<InboundMessages.Received> latest(int limit) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select id, channel, sender, message_key, kind, received_at,"
                        + " acknowledgement, reason from inbound_message where tenant_id = ?1"
                        + " order by received_at desc, id desc")
                .setParameter(1, TenantScope.requiredTenant())
                .setMaxResults(limit))
        .map(
            row ->
                new InboundMessages.Received(
                    row.whole("id"),
                    row.text("channel"),
                    row.text("sender"),
                    row.text("message_key"),
                    row.text("kind"),
                    row.instant("received_at"),
                    row.text("acknowledgement"),
                    row.text("reason")))
        .toList();
  }

  private static String cut(String text, int max) {
    String value = text == null ? "" : text;
    return value.length() <= max ? value : value.substring(0, max);
  }
}
