package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
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
    Thread.sleep(16_000);

    Page page = browser.newPage();
    page.setViewportSize(1400, 1100);
    LoginPage.open(page).signInSuccessfully("ops", Browser.demoPassword());
    page.navigate(TrayflowServer.baseUrl() + "/ops?tenant=" + hospital.slug);
    assertThat(page.locator("#chart-latency")).containsText("Checkout latency, " + hospital.slug);
    assertThat(page.locator("#ops-charts .line-chart")).hasCount(5);
    assertThat(page.locator("#chart-latency path.series")).hasCount(3);
    assertThat(page.locator("#job-runs")).containsText("quota-precompute");
    Browser.screenshot(page, "ops-lunch-window");
  }

  /** /metrics as soon as it shows what is awaited (the watch reads every 15 seconds). */
  private static String metricsOnceThey(Predicate<String> show) throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(40));
    String metrics = "";
    while (Instant.now().isBefore(giveUp)) {
      metrics = TrayflowServer.metrics().body();
      if (show.test(metrics)) {
        return metrics;
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError("/metrics never showed what was awaited:\n" + metrics);
  }
}
