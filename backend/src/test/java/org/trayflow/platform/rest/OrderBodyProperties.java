package org.trayflow.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.trayflow.ordering.OrderRequest;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.platform.Text;

/**
 * The order body, the one sent most often, read against its type for any content: numbers are
 * refused exactly when they are not a whole number within the field's range, strings exactly when
 * they are not text, and no body at all makes the reader fail.
 */
class OrderBodyProperties {

  private static List<Detail> problems(String body) {
    return RequestText.problems(body.getBytes(StandardCharsets.UTF_8), OrderRequest.class);
  }

  private static String order(String site, String quantity) {
    return "{\"site\":"
        + escaped(site)
        + ",\"serviceDate\":\"2026-12-03\",\"mealPeriod\":\"lunch\","
        + "\"location\":\"cafe\",\"lines\":[{\"item\":1,\"quantity\":"
        + quantity
        + "}]}";
  }

  /**
   * As a client sends a string: anything outside printable ASCII as a \\u escape, halves of pairs
   * included.
   */
  private static String escaped(String text) {
    StringBuilder json = new StringBuilder("\"");
    text.chars()
        .forEach(
            c ->
                json.append(
                    c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                        ? String.valueOf((char) c)
                        : String.format("\\u%04x", c)));
    return json.append('"').toString();
  }

  @Property(tries = 1000)
  void a_quantity_is_refused_exactly_when_it_is_not_an_int(@ForAll("numbers") BigDecimal quantity) {
    boolean exactInt;
    try {
      quantity.intValueExact();
      exactInt = true;
    } catch (ArithmeticException notOne) {
      exactInt = false;
    }
    List<String> fields =
        problems(order("main", quantity.toString())).stream().map(Detail::field).toList();
    assertThat(fields.contains("lines[0].quantity")).as(quantity.toString()).isEqualTo(!exactInt);
  }

  @Property(tries = 1000)
  void a_site_is_refused_exactly_when_it_is_not_text(@ForAll("strings") String site) {
    List<String> fields = problems(order(site, "1")).stream().map(Detail::field).toList();
    assertThat(fields.contains("site"))
        .as(site.chars().mapToObj(Integer::toHexString).toList().toString())
        .isEqualTo(Text.notText(site).isPresent());
  }

  @Property(tries = 1000)
  void no_body_makes_the_reader_fail(@ForAll("bodies") String body) {
    assertThat(problems(body)).hasSizeLessThanOrEqualTo(20);
  }

  @Provide
  Arbitrary<BigDecimal> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(BigDecimal::valueOf),
        Arbitraries.longs().map(BigDecimal::valueOf),
        Arbitraries.bigDecimals().ofScale(3),
        Arbitraries.of(
            new BigDecimal("2.0"),
            new BigDecimal("1e3"),
            new BigDecimal("4294967297"),
            new BigDecimal("-2147483649"),
            new BigDecimal("2147483647"),
            new BigDecimal("0.5")));
  }

  @Provide
  Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(3),
        Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMaxLength(3),
        Arbitraries.of("Zoë 🍲", "a\tb\nc", "\ud83c\udf72", "\udf72\ud83c"));
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> valid = Arbitraries.just(order("main", "2"));
    Arbitrary<String> changed =
        Arbitraries.integers()
            .between(0, order("main", "2").length() - 1)
            .flatMap(
                at ->
                    Arbitraries.of(
                            "{", "}", "[", "]", "\"", ",", ":", "null", "1e999", "[null]",
                            "\\u0000", "")
                        .map(
                            piece ->
                                order("main", "2").substring(0, at)
                                    + piece
                                    + order("main", "2").substring(at)));
    return Arbitraries.oneOf(
        valid,
        changed,
        Arbitraries.strings().ofMaxLength(60),
        Arbitraries.of("[".repeat(3000), "{\"lines\":" + "[".repeat(3000)));
  }
}
