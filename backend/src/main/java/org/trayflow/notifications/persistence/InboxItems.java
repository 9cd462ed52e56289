package org.trayflow.notifications.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.trayflow.notifications.Inbox;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;

@ApplicationScoped
@Transactional
class InboxItems implements Inbox {

  @Inject EntityManager em;
  @Inject Clock clock;

  @Override
  public long unread(String username) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from inbox_item where tenant_id = ?2 and recipient = ?1"
                        + " and read_at is null")
                .setParameter(1, username)
                .setParameter(2, TenantScope.requiredTenant())
                .getSingleResult())
        .longValue();
  }

  @Override
  public List<Item> newest(String username, int most) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select delivery_id, subject, body, created_at, read_at is not null as seen"
                        + " from inbox_item where tenant_id = ?3 and recipient = ?1"
                        + " order by created_at desc, delivery_id desc limit ?2")
                .setParameter(1, username)
                .setParameter(2, most)
                .setParameter(3, TenantScope.requiredTenant()))
        .map(
            row ->
                new Item(
                    row.whole("delivery_id"),
                    row.text("subject"),
                    row.text("body"),
                    row.instant("created_at"),
                    row.flag("seen")))
        .toList();
  }

  @Override
  public void readAll(String username) {
    em.createNativeQuery(
            "update inbox_item set read_at = ?1 where tenant_id = ?3 and recipient = ?2"
                + " and read_at is null")
        .setParameter(1, clock.instant())
        .setParameter(2, username)
        .setParameter(3, TenantScope.requiredTenant())
        .executeUpdate();
  }
}
