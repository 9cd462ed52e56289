package org.trayflow.ordering.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
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

  /** Until the transaction ends, other checkouts of this orderer wait. */
  public void serialiseOrderer(String orderer) {
    lock(TenantScope.requiredTenant() + "/" + orderer);
  }

  /** Until the transaction ends, other checkouts for this patient's bed wait. */
  public void serialisePatient(PatientId patientId) {
    lock(TenantScope.requiredTenant() + "/patient/" + patientId);
  }

  private void lock(String name) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
        .setParameter(1, name)
        .getSingleResult();
  }

  /**
   * Records the token as the orderer's newest, unless a newer one was seen: a checkout whose lock
   * expired while a newer checkout started is refused.
   *
   * @return false when a newer token was seen
   */
  public boolean fenceAccepts(String orderer, long token) {
    return em.createNativeQuery(
                "insert into orderer_fence (tenant_id, orderer, token) values (?1, ?2, ?3)"
                    + " on conflict (tenant_id, orderer) do update set token = excluded.token"
                    + " where orderer_fence.token < excluded.token")
            .setParameter(1, TenantScope.requiredTenant())
            .setParameter(2, orderer)
            .setParameter(3, token)
            .executeUpdate()
        == 1;
  }

  /**
   * Claims the key for this request and the order it makes.
   *
   * @return false when an earlier request of the orderer holds the key
   */
  public boolean claimKey(
      String idempotencyKey, EarlierRequest request, String orderer, Instant now) {
    return em.createNativeQuery(
                "insert into order_request (tenant_id, orderer, idempotency_key, request_hash,"
                    + " order_id, service_date, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                    + " on conflict do nothing")
            .setParameter(1, TenantScope.requiredTenant())
            .setParameter(2, orderer)
            .setParameter(3, idempotencyKey)
            .setParameter(4, request.fingerprint())
            .setParameter(5, request.orderId().value())
            .setParameter(6, request.serviceDate())
            .setParameter(7, now)
            .executeUpdate()
        == 1;
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
