package org.trayflow.ordering.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;

/** How people usually order, read from their past orders. */
@ApplicationScoped
public class OrderHabits {

  /** Someone who usually orders a meal at a site. */
  public record UsualOrderer(String orderer, long siteId) {}

  @Inject EntityManager em;

  /**
   * Who ordered the meal at least {@code times} in the {@code days} before {@code day} and has not
   * ordered it for {@code day} yet (cancelled orders do not count).
   */
  public List<UsualOrderer> usualOrderersNotYetOrdered(
      String mealPeriod, LocalDate day, int days, int times) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select o.orderer, o.site_id from orders o where o.tenant_id = ?6"
                        + " and o.meal_period = ?1 and o.service_date between ?2 and ?3"
                        + " and o.status <> 'CANCELLED' and not exists (select 1 from orders n"
                        + " where n.tenant_id = ?6 and n.orderer = o.orderer and n.service_date = ?4"
                        + " and n.meal_period = ?1 and n.status <> 'CANCELLED')"
                        + " group by o.orderer, o.site_id having count(*) >= ?5")
                .setParameter(1, mealPeriod)
                .setParameter(2, day.minusDays(days))
                .setParameter(3, day.minusDays(1))
                .setParameter(4, day)
                .setParameter(5, times)
                .setParameter(6, TenantScope.requiredTenant()))
        .map(row -> new UsualOrderer(row.text("orderer"), row.whole("site_id")))
        .toList();
  }
}
