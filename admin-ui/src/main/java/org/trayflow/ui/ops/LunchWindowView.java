package org.trayflow.ui.ops;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.trayflow.batch.JobRuns;
import org.trayflow.ops.LunchWindowWatch;
import org.trayflow.ops.WatchSample;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.TitledScreen;

/**
 * Ops watch the lunch window here, refreshed every 15 seconds from this instance's last two hours
 * (or a shorter span): one hospital's checkout latency and errors, the busiest hospitals'
 * throughput, the database pool, the outbox, and job runs.
 */
@Route(value = "ops", layout = MainLayout.class)
@ScreenTitle("nav.lunchWindow")
@RolesAllowed({"OPS", "PLATFORM_ADMIN"})
@Dependent
public class LunchWindowView extends VerticalLayout implements TitledScreen, BeforeEnterObserver {

  private static final int REFRESH_MILLIS = 15_000;
  private static final int BUSIEST = 5;

  private final LunchWindowWatch watch;
  private final JobRuns jobs;
  private final Clock clock;
  private final Select<String> tenant = new Select<>();
  private final Select<Integer> minutes = new Select<>();
  private final Div charts = new Div();
  private final Grid<JobRuns.Run> runs = new Grid<>();

  @Inject
  public LunchWindowView(LunchWindowWatch watch, JobRuns jobs, Clock clock) {
    this.watch = watch;
    this.jobs = jobs;
    this.clock = clock;
    tenant.setLabel(getTranslation("ops.hospital"));
    tenant.setId("ops-tenant");
    tenant.addValueChangeListener(
        change -> {
          if (change.isFromClient()) {
            refresh();
          }
        });
    minutes.setLabel(getTranslation("ops.showing"));
    minutes.setId("ops-minutes");
    minutes.setItems(15, 30, 60, 120);
    minutes.setItemLabelGenerator(
        m ->
            m < 60
                ? getTranslation("ops.lastMinutes", m)
                : getTranslation(m == 60 ? "ops.lastHour" : "ops.lastTwoHours"));
    minutes.setValue(120);
    minutes.addValueChangeListener(
        change -> {
          if (change.isFromClient()) {
            refresh();
          }
        });
    charts.setId("ops-charts");
    charts
        .getStyle()
        .set("display", "grid")
        .set("grid-template-columns", "repeat(auto-fit, minmax(28em, 1fr))")
        .set("gap", "var(--lumo-space-m)")
        .set("width", "100%");
    runs.setId("job-runs");
    runs.setAllRowsVisible(true);
    runs.addColumn(JobRuns.Run::job).setHeader(getTranslation("ops.job")).setAutoWidth(true);
    runs.addColumn(JobRuns.Run::executionId)
        .setHeader(getTranslation("ops.run"))
        .setAutoWidth(true);
    runs.addColumn(JobRuns.Run::status)
        .setHeader(getTranslation("people.status"))
        .setAutoWidth(true);
    runs.addColumn(run -> String.valueOf(run.started()))
        .setHeader(getTranslation("ops.started"))
        .setAutoWidth(true);
    runs.addColumn(
            run ->
                run.ended() == null
                    ? ""
                    : run.ended().getEpochSecond() - run.started().getEpochSecond() + " s")
        .setHeader(getTranslation("ops.took"))
        .setAutoWidth(true);
    add(
        new H2(getTranslation("nav.lunchWindow")),
        new Paragraph(getTranslation("ops.thisInstance")),
        new HorizontalLayout(tenant, minutes),
        charts,
        new H3(getTranslation("ops.jobRuns")),
        runs);
  }

  /**
   * {@code /ops?tenant=riverside&minutes=15} opens on that hospital and span: a link to paste into
   * an incident.
   */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var parameters = event.getLocation().getQueryParameters();
    parameters
        .getSingleParameter("minutes")
        .filter(m -> m.matches("15|30|60|120"))
        .ifPresent(m -> minutes.setValue(Integer.valueOf(m)));
    refresh();
    parameters
        .getSingleParameter("tenant")
        .filter(slug -> tenant.getListDataView().getItems().anyMatch(slug::equals))
        .ifPresent(
            slug -> {
              tenant.setValue(slug);
              refresh();
            });
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    attach.getUI().setPollInterval(REFRESH_MILLIS);
    attach.getUI().addPollListener(poll -> refresh());
  }

  private void refresh() {
    Instant to = clock.instant();
    Instant from = to.minus(Duration.ofMinutes(minutes.getValue()));
    List<WatchSample> samples =
        watch.lastTwoHours().stream().filter(s -> !s.at().isBefore(from)).toList();
    List<String> busiest = busiest(samples);
    String current = tenant.getValue();
    tenant.setItems(busiest.isEmpty() ? List.of() : allTenants(samples));
    tenant.setValue(current != null ? current : busiest.stream().findFirst().orElse(null));
    String shown = tenant.getValue();
    charts.removeAll();
    if (shown != null) {
      charts.add(
          chart(
              new LineChart(getTranslation("ops.latency", shown), "ms")
                  .add(line("p50", samples, shown, WatchSample.Tenant::p50))
                  .add(line("p95", samples, shown, WatchSample.Tenant::p95))
                  .add(line("p99", samples, shown, WatchSample.Tenant::p99)),
              from,
              to,
              "latency"));
      charts.add(
          chart(
              new LineChart(getTranslation("ops.errors", shown), "")
                  .add(
                      line(
                          getTranslation("ops.errorRate"),
                          samples,
                          shown,
                          t -> 100 * t.errorRate()))
                  .add(
                      line(
                          getTranslation("ops.lockWait"),
                          samples,
                          shown,
                          WatchSample.Tenant::lockWaitP95))
                  .add(line(getTranslation("ops.soldOut"), samples, shown, t -> t.soldOut())),
              from,
              to,
              "errors"));
    }
    LineChart throughput = new LineChart(getTranslation("ops.throughput"), "/s");
    busiest.stream()
        .limit(BUSIEST)
        .forEach(
            slug ->
                throughput.add(line(slug, samples, slug, WatchSample.Tenant::checkoutsPerSecond)));
    charts.add(chart(throughput, from, to, "throughput"));
    charts.add(
        chart(
            new LineChart(getTranslation("ops.pool"), getTranslation("ops.connections"))
                .add(
                    new LineChart.Series(
                        getTranslation("ops.inUse"),
                        samples.stream()
                            .map(s -> new LineChart.Point(s.at(), s.poolInUse()))
                            .toList()))
                .add(
                    new LineChart.Series(
                        getTranslation("ops.maximum"),
                        samples.stream()
                            .map(s -> new LineChart.Point(s.at(), s.poolMax()))
                            .toList())),
            from,
            to,
            "pool"));
    charts.add(
        chart(
            new LineChart(getTranslation("ops.outbox"), "")
                .add(
                    new LineChart.Series(
                        getTranslation("ops.depth"),
                        samples.stream()
                            .map(
                                s ->
                                    new LineChart.Point(
                                        s.at(),
                                        s.tenants().values().stream()
                                            .mapToLong(WatchSample.Tenant::outboxDepth)
                                            .sum()))
                            .toList()))
                .add(
                    new LineChart.Series(
                        getTranslation("ops.oldest"),
                        samples.stream()
                            .map(
                                s ->
                                    new LineChart.Point(
                                        s.at(),
                                        s.tenants().values().stream()
                                                .mapToLong(WatchSample.Tenant::outboxOldestSeconds)
                                                .max()
                                                .orElse(0)
                                            / 60.0))
                            .toList())),
            from,
            to,
            "outbox"));
    List<JobRuns.Run> newest = new ArrayList<>();
    JobRuns.JOBS.forEach(job -> newest.addAll(jobs.newest(job, 5)));
    newest.sort(
        Comparator.comparing(
            JobRuns.Run::started, Comparator.nullsLast(Comparator.reverseOrder())));
    runs.setItems(newest.stream().limit(12).toList());
  }

  private static Div chart(LineChart chart, Instant from, Instant to, String name) {
    Div box = new Div(new Html("<div>" + chart.svg(from, to) + "</div>"));
    box.setId("chart-" + name);
    box.addClassName("ops-chart");
    return box;
  }

  private static LineChart.Series line(
      String name,
      List<WatchSample> samples,
      String tenant,
      ToDoubleFunction<WatchSample.Tenant> value) {
    return new LineChart.Series(
        name,
        samples.stream()
            .filter(s -> s.tenants().containsKey(tenant))
            .map(s -> new LineChart.Point(s.at(), value.applyAsDouble(s.tenants().get(tenant))))
            .toList());
  }

  /** Hospitals by checkouts over the two hours, busiest first; those without any are left out. */
  private static List<String> busiest(List<WatchSample> samples) {
    Map<String, Double> volume =
        samples.stream()
            .flatMap(s -> s.tenants().entrySet().stream())
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.summingDouble(e -> e.getValue().checkoutsPerSecond())));
    return volume.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .map(Map.Entry::getKey)
        .toList();
  }

  private static List<String> allTenants(List<WatchSample> samples) {
    return samples.stream()
        .flatMap(s -> s.tenants().keySet().stream())
        .distinct()
        .sorted()
        .toList();
  }
}
