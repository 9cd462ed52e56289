package org.trayflow.ui.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trayflow.ordering.OrderRequest;

class CartTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  @Test
  void the_same_request_keeps_its_key_so_a_second_tap_orders_nothing_twice() {
    Cart cart = new Cart();
    cart.add(7, "Fish pie");
    String first = cart.idempotencyKeyFor(cart.request("main", DAY, "lunch", "ward-1"));
    String again = cart.idempotencyKeyFor(cart.request("main", DAY, "lunch", "ward-1"));
    assertThat(again).isEqualTo(first);
  }

  @Test
  void any_change_to_the_request_gets_a_new_key() {
    Cart cart = new Cart();
    cart.add(7, "Fish pie");
    String one = cart.idempotencyKeyFor(cart.request("main", DAY, "lunch", "ward-1"));
    String elsewhere = cart.idempotencyKeyFor(cart.request("main", DAY, "lunch", "ward-2"));
    cart.add(7, "Fish pie");
    String two = cart.idempotencyKeyFor(cart.request("main", DAY, "lunch", "ward-2"));
    assertThat(elsewhere).isNotEqualTo(one);
    assertThat(two).isNotEqualTo(elsewhere);
  }

  @Test
  void an_emptied_cart_orders_the_same_dishes_again_as_a_new_order() {
    Cart cart = new Cart();
    cart.add(7, "Fish pie");
    String placed = cart.idempotencyKeyFor(cart.request("main", DAY, "lunch", "ward-1"));
    cart.empty();
    cart.add(7, "Fish pie");
    assertThat(cart.idempotencyKeyFor(cart.request("main", DAY, "lunch", "ward-1")))
        .isNotEqualTo(placed);
  }

  @Test
  void quantities_stop_at_what_one_order_may_hold_and_a_dish_taken_to_zero_leaves() {
    Cart cart = new Cart();
    for (int i = 0; i < Cart.MOST_OF_ONE_DISH + 5; i++) {
      cart.add(7, "Fish pie");
    }
    cart.add(9, "Soup");
    cart.takeOne(9);
    OrderRequest request = cart.request("main", DAY, "lunch", "ward-1");
    assertThat(request.lines()).containsExactly(new OrderRequest.Line(7, Cart.MOST_OF_ONE_DISH));
    assertThat(cart.portions()).isEqualTo(Cart.MOST_OF_ONE_DISH);
  }
}
