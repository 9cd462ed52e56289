package org.trayflow.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** How much the tenant in scope orders, for the platform's view of its hospitals. */
@ApplicationScoped
@Transactional
public class OrderActivity {

  @Inject EntityManager em;

  /** The orders placed and not cancelled for the day's meals (one day's partition). */
  public long placedFor(@NotNull LocalDate day) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from orders where service_date = ?1 and status = 'PLACED'")
                .setParameter(1, day)
                .getSingleResult())
        .longValue();
  }
}
