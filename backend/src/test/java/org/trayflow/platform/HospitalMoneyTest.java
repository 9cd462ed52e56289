package org.trayflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Amounts read as they are written where the money is spent. */
class HospitalMoneyTest {

  private static String money(String amount, String currency) {
    return HospitalMoney.format(new BigDecimal(amount), Currency.getInstance(currency));
  }

  @Test
  void a_us_or_new_zealand_hospital_writes_its_own_dollars_plainly() {
    assertThat(money("12.4", "USD")).isEqualTo("$12.40");
    assertThat(money("1234.5", "NZD")).isEqualTo("$1,234.50");
    assertThat(money("-3", "USD")).isEqualTo("-$3.00");
  }

  @Test
  void pounds_and_euros_keep_their_symbols_and_a_currency_without_cents_shows_none() {
    assertThat(money("4.2", "GBP")).isEqualTo("£4.20");
    assertThat(money("3", "EUR")).isEqualTo("€3.00");
    assertThat(money("500", "JPY")).isEqualTo("¥500");
  }
}
