package org.trayflow.ordering.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.trayflow.ordering.OrderActivity;
import org.trayflow.platform.tenant.TenantScope;

@ApplicationScoped
@Transactional
class OrderActivityQuery implements OrderActivity {

  @Inject EntityManager em;

  /** The orders placed and not cancelled for the day's meals (one day's partition). */
  @Override
  public long placedFor(LocalDate day) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from orders where tenant_id = ?2 and service_date = ?1"
                        + " and status = 'PLACED'")
                .setParameter(1, day)
                .setParameter(2, TenantScope.requiredTenant())
                .getSingleResult())
        .longValue();
  }
}
