package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

/** Batch jobs started and followed as ops do, through the jobs API. */
final class Jobs {

  private static final String OPS = ServerSide.tokenFor("ops", null, null, "OPS");

  private Jobs() {}

  /**
   * @param query such as {@code ?days=3}, or empty; @return the run's id
   */
  static long start(String job, String query) throws Exception {
    HttpResponse<String> started =
        Api.post("/api/v1/platform/jobs/" + job + query, "", "text/plain", OPS);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    return Api.json(started).getJsonNumber("executionId").longValue();
  }

  static void runToEnd(String job) throws Exception {
    assertThat(finished(job, start(job, ""))).isEqualTo("COMPLETED");
  }

  /** Waits (a minute at most) for the run to end; @return its batch status */
  static String finished(String job, long run) throws Exception {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                Api.json(Api.get("/api/v1/platform/jobs/" + job + "/runs/" + run, OPS))
                    .getString("status"),
            status -> !status.equals("STARTING") && !status.equals("STARTED"));
  }
}
