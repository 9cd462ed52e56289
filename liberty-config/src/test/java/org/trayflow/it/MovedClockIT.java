package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's clock moves by configuration (trayflow.clock.offset, a server.xml variable) while it
 * runs, and comes back: what a test of "after the cut-off" needs, without a far time zone or a
 * restart.
 */
class MovedClockIT {

  private static final Path CLOCK =
      Path.of(
          System.getProperty("trayflow.it.wlp-home"),
          "usr",
          "servers",
          System.getProperty("trayflow.it.server-name"),
          "configDropins",
          "overrides",
          "trayflow-clock.xml");

  private static RushTenant hospital;

  @BeforeAll
  static void registerHospital() throws Exception {
    hospital = RushTenant.register("clock", 600);
  }

  @AfterEach
  void putTheClockBack() throws Exception {
    if (Files.deleteIfExists(CLOCK)) {
      await("the clock back").atMost(Duration.ofSeconds(30)).until(() -> !orderingClosed());
    }
  }

  @Test
  void three_days_on_the_order_can_no_longer_be_cancelled_and_back_it_can() throws Exception {
    long dish = hospital.offerDish("Shepherd's pie", 100);
    String orderer = hospital.staff("early-porter");
    HttpResponse<String> placed =
        hospital.checkout(orderer, UUID.randomUUID().toString(), hospital.order(dish, 1));
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    long id = Api.json(placed).getJsonNumber("id").longValue();

    Files.createDirectories(CLOCK.getParent());
    Files.writeString(
        CLOCK, "<server><variable name=\"trayflow.clock.offset\" value=\"P3D\"/></server>");
    await("the clock three days on")
        .atMost(Duration.ofSeconds(30))
        .until(MovedClockIT::orderingClosed);

    HttpResponse<String> tooLate = cancel(id, orderer);
    assertThat(tooLate.statusCode()).as(tooLate.body()).isEqualTo(409);
    assertThat(tooLate.body()).contains("too-late-to-cancel", "Pacific/Auckland");

    putTheClockBack();
    HttpResponse<String> cancelled = cancel(id, orderer);
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(Api.json(cancelled).getString("status")).isEqualTo("CANCELLED");
  }

  /**
   * Whether the lunch day's ordering has closed, as a probe that orders nothing: a dish not on the
   * menu.
   */
  private static boolean orderingClosed() throws Exception {
    HttpResponse<String> probe =
        hospital.checkout(
            hospital.staff("clock-probe"),
            UUID.randomUUID().toString(),
            hospital.order(987_654_321L, 1));
    return probe.body().contains("ordering-closed");
  }

  private static HttpResponse<String> cancel(long id, String orderer) throws Exception {
    return Api.post(hospital.base() + "/orders/" + id + "/cancellation", "", "text/plain", orderer);
  }
}
