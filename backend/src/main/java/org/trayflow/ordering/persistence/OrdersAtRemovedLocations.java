package org.trayflow.ordering.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trayflow.tenancy.ConfigurationRemovals;
import org.trayflow.tenancy.RemovalCheck;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;

/**
 * A location a new configuration drops may still have meals ordered to it, from today on: those
 * orders stay and are served, but nobody can order there any more, which the administrator should
 * know before applying.
 */
@ApplicationScoped
@Transactional
class OrdersAtRemovedLocations implements RemovalCheck {

  @Inject EntityManager em;
  @Inject Sites sites;
  @Inject TenantConfigurations configurations;
  @Inject Clock clock;

  @Override
  public List<String> warningsFor(ConfigurationRemovals removals) {
    List<String> warnings = new ArrayList<>();
    if (removals.locations().isEmpty()) {
      return warnings;
    }
    LocalDate today =
        LocalDate.now(clock.withZone(configurations.configuration().orElseThrow().timeZone()));
    for (ConfigurationRemovals.RemovedLocation removed : removals.locations()) {
      Optional<Long> location =
          sites
              .findSiteId(removed.site())
              .flatMap(site -> sites.findLocationId(site, removed.location().slug().value()));
      long orders =
          location
              .map(
                  id ->
                      ((Number)
                              em.createNativeQuery(
                                      "select count(*) from orders"
                                          + " where location_id = ?1 and service_date >= ?2 and status = 'PLACED'")
                                  .setParameter(1, id)
                                  .setParameter(2, today)
                                  .getSingleResult())
                          .longValue())
              .orElse(0L);
      if (orders > 0) {
        warnings.add(
            removed.location().name()
                + " ("
                + removed.site()
                + ") is removed but has "
                + orders
                + " order(s) from today on: they will still be served there, and nobody can order there any more.");
      }
    }
    return warnings;
  }
}
