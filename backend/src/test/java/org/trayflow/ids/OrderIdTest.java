package org.trayflow.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderIdTest {

  @Test
  void an_orders_number_in_a_path_is_read_and_printed_as_the_bare_number() {
    assertThat(OrderId.valueOf("1234")).isEqualTo(new OrderId(1234));
    assertThat("#" + OrderId.valueOf("1234")).isEqualTo("#1234");
  }

  @Test
  void anything_but_a_positive_whole_number_is_no_order() {
    for (String notAnOrder :
        new String[] {"0", "-7", "12a", "", " 12", "1e3", "99999999999999999999"}) {
      assertThatThrownBy(() -> OrderId.valueOf(notAnOrder))
          .as(notAnOrder)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void the_api_writes_and_reads_it_as_the_number_it_always_was() {
    OrderId.AsNumber json = new OrderId.AsNumber();
    assertThat(json.adaptToJson(new OrderId(42))).isEqualTo(42L);
    assertThat(json.adaptFromJson(42L)).isEqualTo(new OrderId(42));
    assertThatThrownBy(() -> json.adaptFromJson(0L)).isInstanceOf(IllegalArgumentException.class);
  }
}
