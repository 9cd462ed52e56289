package org.trayflow.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A page cursor reads back as the place it was written for, and nothing else reads at all. */
class OrderCursorTest {

  @Test
  void a_cursor_reads_back_to_the_microsecond_and_id() {
    OrderCursor cursor = new OrderCursor(Instant.parse("2026-12-01T11:59:59.999999Z"), 42);

    assertThat(OrderCursor.parse(cursor.token())).contains(cursor);
    assertThat(OrderCursor.parse(null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "not base64!", "MTIz", "MS8yLzM", "eC8x", "OTk5OTk5OTk5OTk5OTk5OTk5OTk5LzE"})
  void anything_else_is_refused_as_a_cursor_this_api_did_not_give_out(String token) {
    assertThatThrownBy(() -> OrderCursor.parse(token)).isInstanceOf(InvalidCursor.class);
  }

  @Test
  void a_cursor_is_safe_in_a_url_as_it_is() {
    String token = new OrderCursor(Instant.EPOCH, 1).token();
    assertThat(token).doesNotContain("=");
    assertThat(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8))
        .isEqualTo("0/1");
  }
}
