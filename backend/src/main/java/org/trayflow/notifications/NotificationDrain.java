package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * Drains the tenant in scope: dispatches what the lunch-window policy lets go now, then delivers
 * what is due, a chunk at a time, oldest first, up to a limit per run so that one tenant's backlog
 * does not hold up the others. The moment is the caller's, so that tests can drain "during lunch"
 * and "after lunch" at will.
 */
@ApplicationScoped
public class NotificationDrain {

  static final int DISPATCH_CHUNK = 50;
  static final int DELIVERY_CHUNK = 20;

  @Inject Deliveries deliveries;
  @Inject TenantConfigurations configurations;
  @Inject Sites sites;

  public record Drained(int dispatched, int attempted) {}

  public Drained drain(Instant now, int most) {
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    Set<Long> held =
        hospital.sitesAtLunch(now).stream()
            .map(site -> sites.findSiteId(site).orElse(-1L))
            .collect(Collectors.toSet());
    int dispatched = 0;
    int chunk;
    do {
      chunk = deliveries.dispatch(held, hospital.deferredDuringLunch(), now, DISPATCH_CHUNK);
      dispatched += chunk;
    } while (chunk == DISPATCH_CHUNK && dispatched < most);
    int attempted = 0;
    do {
      chunk = deliveries.deliver(hospital, now, DELIVERY_CHUNK);
      attempted += chunk;
    } while (chunk == DELIVERY_CHUNK && attempted < most);
    return new Drained(dispatched, attempted);
  }
}
