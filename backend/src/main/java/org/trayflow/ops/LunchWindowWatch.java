package org.trayflow.ops;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetadataBuilder;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Snapshot;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.trayflow.notifications.NotificationBacklog;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.tenantconfig.Slug;

/**
 * Reads this instance's figures every 15 seconds and keeps two hours of them for the ops view;
 * publishes the gauges the alerts need that no metric gives directly (pool in use against its
 * maximum, each tenant's outbox and whether its lunch window is open). Each instance watches
 * itself: the fleet's view is Prometheus's.
 */
@ApplicationScoped
public class LunchWindowWatch {

  private static final Logger LOG = Logger.getLogger(LunchWindowWatch.class.getName());
  static final Duration EVERY = Duration.ofSeconds(15);
  static final Duration KEPT = Duration.ofHours(2);

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject MetricRegistry registry;

  @Inject
  @RegistryScope(scope = MetricRegistry.VENDOR_SCOPE)
  MetricRegistry vendor;

  @Inject NotificationBacklog backlog;
  @Inject TenantDirectory directory;
  @Inject TenantConfigurations configurations;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "trayflow.db.pool-max", defaultValue = "40")
  int poolMax;

  private final ConcurrentLinkedDeque<WatchSample> samples = new ConcurrentLinkedDeque<>();
  private final Map<String, long[]> countsBefore = new HashMap<>();
  private final Map<String, AtomicLong> tenantGauges = new ConcurrentHashMap<>();
  private final AtomicLong poolInUse = new AtomicLong();
  private Instant before;
  private ScheduledFuture<?> watching;

  void startWithApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
    watching =
        scheduler.scheduleAtFixedRate(
            this::read, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
  }

  void stopWithApplication(@Observes @Destroyed(ApplicationScoped.class) Object stopped) {
    if (watching != null) {
      watching.cancel(false);
    }
  }

  /** Oldest first. */
  public List<WatchSample> lastTwoHours() {
    return List.copyOf(samples);
  }

  synchronized void read() {
    try {
      Instant now = clock.instant();
      poolInUse.set(poolInUse());
      registerPoolGauges();
      Map<String, NotificationBacklog.Reading> backlogs = backlog.byTenant(now);
      Map<String, WatchSample.Tenant> tenants = new HashMap<>();
      double seconds =
          before == null
              ? EVERY.toSeconds()
              : Math.max(1, Duration.between(before, now).toSeconds());
      for (TenantSummary tenant : directory.listTenants()) {
        NotificationBacklog.Reading waiting =
            backlogs.getOrDefault(tenant.slug(), new NotificationBacklog.Reading(0, 0));
        boolean lunch = lunchWindowOpen(tenant.slug(), now);
        gauge(
                "trayflow.outbox.depth",
                "Outbox messages not dispatched plus deliveries not sent",
                null,
                tenant.slug())
            .set(waiting.depth());
        gauge(
                "trayflow.outbox.oldest.age",
                "Age of the oldest message still waiting to be sent",
                MetricUnits.SECONDS,
                tenant.slug())
            .set(waiting.oldestAgeSeconds());
        gauge(
                "trayflow.lunch.window.open",
                "1 while a site of the tenant is in its lunch window",
                null,
                tenant.slug())
            .set(lunch ? 1 : 0);
        tenants.put(tenant.slug(), checkouts(tenant.slug(), seconds, waiting, lunch));
      }
      samples.addLast(new WatchSample(now, (int) poolInUse.get(), poolMax, Map.copyOf(tenants)));
      while (!samples.isEmpty() && samples.peekFirst().at().isBefore(now.minus(KEPT))) {
        samples.pollFirst();
      }
      before = now;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The lunch-window watch missed a reading", e);
    }
  }

  private WatchSample.Tenant checkouts(
      String tenant, double seconds, NotificationBacklog.Reading waiting, boolean lunch) {
    long all = 0;
    long failed = 0;
    Snapshot placed = null;
    Snapshot lockWait = null;
    for (Map.Entry<MetricID, Timer> timer : registry.getTimers().entrySet()) {
      MetricID id = timer.getKey();
      if (!tenant.equals(id.getTags().get("tenant"))) {
        continue;
      }
      if (id.getName().equals("trayflow.checkout")) {
        all += timer.getValue().getCount();
        String outcome = id.getTags().get("outcome");
        failed += "failed".equals(outcome) ? timer.getValue().getCount() : 0;
        placed = "placed".equals(outcome) ? timer.getValue().getSnapshot() : placed;
      } else if (id.getName().equals("trayflow.checkout.lock.wait")) {
        lockWait = timer.getValue().getSnapshot();
      }
    }
    long soldOut =
        registry.getCounters().entrySet().stream()
            .filter(
                c ->
                    c.getKey().getName().equals("trayflow.checkout.sold.out")
                        && tenant.equals(c.getKey().getTags().get("tenant")))
            .mapToLong(c -> c.getValue().getCount())
            .sum();
    long[] was = countsBefore.getOrDefault(tenant, new long[] {all, failed, soldOut});
    countsBefore.put(tenant, new long[] {all, failed, soldOut});
    long checkouts = all - was[0];
    return new WatchSample.Tenant(
        millis(placed, 0.5),
        millis(placed, 0.95),
        millis(placed, 0.99),
        checkouts / seconds,
        checkouts == 0 ? 0 : (double) (failed - was[1]) / checkouts,
        millis(lockWait, 0.95),
        soldOut - was[2],
        waiting.depth(),
        waiting.oldestAgeSeconds(),
        lunch);
  }

  /** Timer snapshots hold nanoseconds. */
  private static double millis(Snapshot snapshot, double percentile) {
    if (snapshot == null) {
      return 0;
    }
    for (Snapshot.PercentileValue value : snapshot.percentileValues()) {
      if (Math.abs(value.getPercentile() - percentile) < 1e-9) {
        return value.getValue() / 1_000_000.0;
      }
    }
    return 0;
  }

  private int poolInUse() {
    long managed = vendorGauge("connectionpool.managedConnections");
    long free = vendorGauge("connectionpool.freeConnections");
    return (int) Math.max(0, managed - free);
  }

  /** The application's data source, not the schema owner's (used only for migrations). */
  private long vendorGauge(String name) {
    return vendor.getGauges().entrySet().stream()
        .filter(g -> g.getKey().getName().equals(name))
        .filter(g -> g.getKey().getTags().getOrDefault("datasource", "").endsWith("trayflow"))
        .map(Map.Entry::getValue)
        .mapToLong(g -> ((Number) ((Gauge<?>) g).getValue()).longValue())
        .sum();
  }

  private boolean lunchWindowOpen(String tenant, Instant now) {
    Slug slug = new Slug(tenant);
    return directory
        .findTenantId(slug)
        .map(
            id ->
                TenantScope.asTenant(
                    id,
                    slug,
                    () ->
                        !configurations.configuration().orElseThrow().sitesAtLunch(now).isEmpty()))
        .orElse(false);
  }

  /**
   * Registered at every reading, which does nothing while they exist: the server's application
   * registry is shared by every deployment, and an application undeployed beside this one takes the
   * gauges it also registered with it.
   */
  private void registerPoolGauges() {
    registry.gauge(
        Metadata.builder()
            .withName("trayflow.database.pool.in.use")
            .withDescription("Connections of the application's pool in use")
            .build(),
        poolInUse,
        AtomicLong::get);
    registry.gauge(
        Metadata.builder()
            .withName("trayflow.database.pool.max")
            .withDescription("Most connections the application's pool may hold")
            .build(),
        this,
        watch -> watch.poolMax);
  }

  /** As {@link #registerPoolGauges}, registered at every reading. */
  private AtomicLong gauge(String name, String description, String unit, String tenant) {
    AtomicLong holder = tenantGauges.computeIfAbsent(name + "|" + tenant, key -> new AtomicLong());
    MetadataBuilder metadata = Metadata.builder().withName(name).withDescription(description);
    if (unit != null) {
      metadata.withUnit(unit);
    }
    registry.gauge(metadata.build(), holder, AtomicLong::get, new Tag("tenant", tenant));
    return holder;
  }
}
