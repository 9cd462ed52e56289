package org.trayflow.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An Idempotency-Key is held to the order it was first sent with, however its lines are arranged.
 */
class OrderRequestTest {

  private static OrderRequest lunch(List<OrderRequest.Line> lines) {
    return new OrderRequest("main", LocalDate.of(2026, 11, 25), "lunch", "ward-1", lines);
  }

  @Test
  void the_same_dishes_in_another_order_are_the_same_request() {
    OrderRequest one = lunch(List.of(new OrderRequest.Line(7, 1), new OrderRequest.Line(9, 2)));
    OrderRequest other =
        lunch(
            List.of(
                new OrderRequest.Line(9, 1),
                new OrderRequest.Line(7, 1),
                new OrderRequest.Line(9, 1)));

    assertThat(other.fingerprint()).isEqualTo(one.fingerprint());
    assertThat(other.portions().perDish()).containsEntry(9L, 2).containsEntry(7L, 1).hasSize(2);
  }

  @Test
  void a_fingerprint_is_what_earlier_versions_stored_for_the_same_request() throws Exception {
    // a retry that spans an upgrade must still match the request its key was first used for
    String canonical = "main|2026-11-25|lunch|ward-1|{7=1, 9=2}";
    String stored =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));

    assertThat(
            lunch(List.of(new OrderRequest.Line(9, 2), new OrderRequest.Line(7, 1))).fingerprint())
        .isEqualTo(stored);
  }

  @Test
  void another_quantity_or_place_is_another_request() {
    OrderRequest one = lunch(List.of(new OrderRequest.Line(7, 1)));

    assertThat(lunch(List.of(new OrderRequest.Line(7, 2))).fingerprint())
        .isNotEqualTo(one.fingerprint());
    assertThat(
            new OrderRequest("main", LocalDate.of(2026, 11, 25), "lunch", "ward-2", one.lines())
                .fingerprint())
        .isNotEqualTo(one.fingerprint());
  }
}
