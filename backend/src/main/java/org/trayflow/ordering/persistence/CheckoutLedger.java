package org.trayflow.ordering.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.trayflow.ids.OrderId;
import org.trayflow.ids.PatientId;
import org.trayflow.ordering.EarlierRequest;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;

/**
 * What PostgreSQL knows of each orderer's checkouts, whatever Redis said: the newest lock token
 * seen (the fence), each Idempotency-Key with the request it carried and the order it made, and the
 * transaction locks that keep one orderer's (or one patient's) checkouts apart. Callers hold the
 * transaction.
 */
@ApplicationScoped
public class CheckoutLedger {

  @Inject EntityManager em;

  /**
   * Until the transaction ends, other checkouts of this orderer wait: the orderer's fence row is
   * locked, whether their lock token is newer than the newest seen (it is recorded), older (nothing
   * changes; the caller refuses) or absent because Redis could not be asked.
   *
   * <p>A lower token is taken as new when the newest was seen longer ago than a lease lasts: Redis
   * numbers tokens afresh after it lost its data, and no holder of the newest can still be writing.
   *
   * @param token the orderer's lock token, or null when the checkout holds no Redis lock
   * @param lease how long a lock is held at most
   * @return false when a newer token was seen within a lease: a checkout whose lock expired while a
   *     newer checkout started must not write
   */
  public boolean holdOrderer(String orderer, Long token, Duration lease) {
    // An upsert locks the conflicting row even when its condition leaves the row as it was; then
    // nothing is returned. Tokens start at 1: 0 stands for "no token" and records nothing.
    return !em.createNativeQuery(
            "insert into orderer_fence (tenant_id, orderer, token, fenced_at)"
                + " values (?1, ?2, ?3, now())"
                + " on conflict (tenant_id, orderer) do update set"
                + " token = case when excluded.token = 0 then orderer_fence.token"
                + " else excluded.token end,"
                + " fenced_at = case when excluded.token = 0 then orderer_fence.fenced_at"
                + " else excluded.fenced_at end"
                + " where excluded.token = 0 or excluded.token >= orderer_fence.token"
                + " or orderer_fence.fenced_at < now() - make_interval(secs => ?4)"
                + " returning 1")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, orderer)
        .setParameter(3, token == null ? 0L : token)
        .setParameter(4, (double) lease.toSeconds())
        .getResultList()
        .isEmpty();
  }

  /** Until the transaction ends, other checkouts for this patient's bed wait. */
  public void serialisePatient(PatientId patientId) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
        .setParameter(1, TenantScope.requiredTenant() + "/patient/" + patientId)
        .getSingleResult();
  }

  /**
   * Claims the key for this request and numbers the order it makes.
   *
   * @return the new order's id, or empty when an earlier request of the orderer holds the key
   */
  public Optional<OrderId> claimKey(
      String idempotencyKey,
      String fingerprint,
      LocalDate serviceDate,
      String orderer,
      Instant now) {
    return em.createNativeQuery(
            "insert into order_request (tenant_id, orderer, idempotency_key, request_hash,"
                + " order_id, service_date, created_at)"
                + " values (?1, ?2, ?3, ?4, nextval('orders_id_seq'), ?5, ?6)"
                + " on conflict do nothing returning order_id")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, orderer)
        .setParameter(3, idempotencyKey)
        .setParameter(4, fingerprint)
        .setParameter(5, serviceDate)
        .setParameter(6, now)
        .getResultStream()
        .findFirst()
        .map(id -> new OrderId(((Number) id).longValue()));
  }

  /** The request of the orderer that holds the key, if any. */
  public Optional<EarlierRequest> earlierRequest(String orderer, String idempotencyKey) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select request_hash, order_id, service_date from order_request"
                        + " where tenant_id = ?1 and orderer = ?2 and idempotency_key = ?3")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, orderer)
                .setParameter(3, idempotencyKey))
        .findFirst()
        .map(
            row ->
                new EarlierRequest(
                    row.text("request_hash"),
                    new OrderId(row.whole("order_id")),
                    row.date("service_date")));
  }
}
