package org.trayflow.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.platform.Text;

/**
 * What a JSON body must be before it is bound, found and named by its place: text, no null in a
 * list, exact whole numbers, dates in Trayflow's years; real text, decimals where decimals are
 * meant, and a body that is not JSON pass.
 */
class RequestTextTest {

  record Line(long item, int quantity, Integer portions, BigDecimal price) {}

  record Order(
      String site, LocalDate serviceDate, List<Line> lines, Set<String> roles, Object anything) {}

  private static List<Detail> of(String json) {
    return RequestText.problems(json.getBytes(StandardCharsets.UTF_8), Order.class);
  }

  @Test
  void a_nul_anywhere_is_named_by_its_place() {
    assertThat(
            of(
                "{\"site\":\"main\\u0000\",\"lines\":[{\"item\":1},{\"item\":2,\"note\":\"a\\u0000\"}]}"))
        .extracting(Detail::field)
        .containsExactly("site", "lines[1].note");
    assertThat(of("{\"anything\":{\"b\":[\"x\",[\"y\",\"\\u0000\"]]}}"))
        .extracting(Detail::field)
        .containsExactly("anything.b[1][1]");
  }

  @Test
  void half_surrogate_pairs_controls_and_nulls_in_lists_are_refused_but_real_text_passes() {
    assertThat(of("{\"site\":\"\\ud800\",\"roles\":[null,\"STAFF\"],\"anything\":\"bell\\u0007\"}"))
        .extracting(Detail::field)
        .containsExactly("site", "roles[0]", "anything");
    assertThat(of("{\"site\":\"Zoë 🍲 Ōtautahi\\nline two\\tand a tab\",\"anything\":null}"))
        .isEmpty();
    assertThat(of("not json at all")).extracting(Detail::field).containsExactly("(body)");
    assertThat(of("{\"nutrition\":{\"a\":[[1]"))
        .as("never handed to a binder that would skip it forever")
        .extracting(Detail::field)
        .containsExactly("(body)");
    assertThat(of("[".repeat(3000)))
        .extracting(Detail::reason)
        .containsExactly("nests lists or objects deeper than any Trayflow request does");
    assertThat(of("")).as("an empty body is the binder's to refuse").isEmpty();
    assertThat(Text.notText("\ud83c\udf72")).isEmpty();
    assertThat(Text.notText("\udf72\ud83c")).isPresent();
  }

  @Test
  void whole_numbers_are_exact_and_fit_their_field_and_decimals_stay_decimals() {
    assertThat(
            of(
                "{\"lines\":[{\"item\":1,\"quantity\":1.5},{\"item\":2,\"quantity\":4294967297},"
                    + "{\"item\":3,\"quantity\":2,\"portions\":-4294967293},{\"item\":4,\"quantity\":2.0,\"price\":4.5}]}"))
        .containsExactly(
            new Detail("lines[0].quantity", "must be a whole number, not 1.5"),
            new Detail("lines[1].quantity", "is too large a number"),
            new Detail("lines[2].portions", "is too large a number"));
    assertThat(of("{\"lines\":[{\"item\":9223372036854775807,\"quantity\":1e1,\"price\":0.125}]}"))
        .isEmpty();
  }

  @Test
  void dates_lie_in_the_years_trayflow_serves_meals_in() {
    assertThat(of("{\"serviceDate\":\"-999999999-01-01\"}"))
        .containsExactly(new Detail("serviceDate", "must be a date from 1900 to 2199"));
    assertThat(of("{\"serviceDate\":\"+10000-01-01\"}")).hasSize(1);
    assertThat(of("{\"serviceDate\":\"2026-12-01\"}")).isEmpty();
    assertThat(of("{\"serviceDate\":\"soon\"}"))
        .as("left to the binder, which says it is no date")
        .isEmpty();
  }
}
