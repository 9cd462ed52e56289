package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trayflow.deploy.DeployFiles;

/**
 * A hospital's checkouts as ops see them: every metric the alert rules and the dashboard name is
 * exported by the running server under that name, and the lunch-window view charts them.
 */
class OpsMetricsIT {

  private final Browser browser = new Browser();

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void the_alerts_dashboard_and_ops_view_show_what_the_server_measures() throws Exception {
    RushTenant hospital = RushTenant.register("ops", 600);
    long dish = hospital.offerDish("Soup of the day", 3);
    String seen = "tenant=\"" + hospital.slug + "\"";
    // the watch has read the hospital once: its checkouts below count as throughput at the next
    // reading
    metricsOnceThey(m -> m.contains("trayflow_lunch_window_open{mp_scope=\"application\"," + seen));
    for (int i = 0; i < 4; i++) {
      hospital.checkout(
          hospital.staff("nurse-" + i), UUID.randomUUID().toString(), hospital.order(dish, 1));
    }
    Jobs.runToEnd("quota-precompute");
    String exported =
        metricsOnceThey(
            m ->
                m.contains("trayflow_checkout_sold_out_total{")
                    && m.contains("trayflow_batch_job_last_completed_seconds{"));

    Set<String> named = DeployFiles.metricsNamed();
    assertThat(named)
        .isNotEmpty()
        .allSatisfy(
            name ->
                assertThat(
                        exported
                            .lines()
                            .anyMatch(
                                line ->
                                    line.startsWith(name + "{")
                                        || line.startsWith(name + " ")
                                        || line.startsWith(name + "_count{")))
                    .as(name + " is exported")
                    .isTrue());
    assertThat(exported).contains("trayflow_outbox_depth{mp_scope=\"application\"," + seen);
    Page page = browser.newPage();
    page.setViewportSize(1400, 1100);
    LoginPage.open(page).signInSuccessfully("ops", Browser.demoPassword());
    // the watch samples every 15 seconds: the charts have their lines once it has sampled the rush
    await("the lunch window charted")
        .atMost(Duration.ofSeconds(40))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              page.navigate(TrayflowServer.baseUrl() + "/ops?tenant=" + hospital.slug);
              page.locator("#ops-charts").waitFor();
              return page.locator("#chart-latency path.series").count() == 3
                  && page.locator("#job-runs").innerText().contains("quota-precompute");
            });
    assertThat(page.locator("#chart-latency")).containsText("Checkout latency, " + hospital.slug);
    assertThat(page.locator("#ops-charts .line-chart")).hasCount(5);
    assertThat(page.locator("#chart-latency path.series")).hasCount(3);
    assertThat(page.locator("#job-runs")).containsText("quota-precompute");
    Browser.screenshot(page, "ops-lunch-window");
  }

  /** /metrics as soon as it shows what is awaited (the watch reads every 15 seconds). */
  private static String metricsOnceThey(Predicate<String> show) {
    return await("/metrics to show what is awaited")
        .atMost(Duration.ofSeconds(40))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> TrayflowServer.metrics().body(), show);
  }
}
