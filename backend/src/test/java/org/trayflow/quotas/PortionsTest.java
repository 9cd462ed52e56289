package org.trayflow.quotas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortionsTest {

  @Test
  void dishes_come_in_id_order_whatever_order_they_were_named_in() {
    Portions portions = new Portions.Tally().add(12, 1).add(3, 2).add(7, 1).portions();
    List<Long> order = new ArrayList<>();

    portions.forEach((dish, count) -> order.add(dish));

    assertThat(order).containsExactly(3L, 7L, 12L);
  }

  @Test
  void a_dish_named_twice_counts_both() {
    Portions portions = new Portions.Tally().add(3, 2).add(3, 1).portions();

    assertThat(portions.of(3)).isEqualTo(3);
    assertThat(portions.perDish()).hasSize(1);
  }

  @Test
  void a_dish_not_named_has_none() {
    assertThat(Portions.none().of(3)).isZero();
    assertThat(Portions.none().isEmpty()).isTrue();
  }

  @Test
  void portions_do_not_change_when_the_map_they_came_from_does() {
    Map<Long, Integer> source = new HashMap<>(Map.of(3L, 2));
    Portions portions = Portions.of(source);

    source.put(3L, 9);

    assertThat(portions.of(3)).isEqualTo(2);
    assertThatThrownBy(() -> portions.perDish().put(4L, 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_dish_without_a_number_is_refused() {
    Map<Long, Integer> source = new HashMap<>();
    source.put(3L, null);

    assertThatThrownBy(() -> Portions.of(source)).isInstanceOf(IllegalArgumentException.class);
  }
}
