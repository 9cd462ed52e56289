package org.trayflow.ordering.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.trayflow.ordering.OrderPartitions;
import org.trayflow.platform.tenant.AcrossTenants;

/**
 * Makes the monthly partitions of orders before they are needed (by a database function that runs
 * as the schema owner: the application's role owns nothing). Orders for a month without one land in
 * the default partition.
 */
@ApplicationScoped
@AcrossTenants
class MonthlyOrderPartitions implements OrderPartitions {

  @Inject EntityManager em;
  @Inject Clock clock;

  /**
   * @return how many months' partitions were made
   */
  @Override
  @Transactional
  public int makeAhead(int months) {
    LocalDate thisMonth = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
    return ((Number)
            em.createNativeQuery("select create_order_partitions(?1, ?2)")
                .setParameter(1, thisMonth)
                .setParameter(2, months)
                .getSingleResult())
        .intValue();
  }
}
