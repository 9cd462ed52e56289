package org.trayflow.tenantconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a hospital's administrator uploads, the reader answers with a configuration or with
 * every problem named (InvalidTenantConfiguration), never with any other exception: a valid file
 * with one value, one line or one piece of text swapped for something else, and text that is not
 * YAML at all.
 */
class TenantConfigurationProperties {

  private static final List<String> LINES = TenantFile.valid().yaml().lines().toList();

  private final TenantConfigurationReader reader = new TenantConfigurationReader();

  /** Either read or refused with its problems named; nothing else. */
  private void readOrRefused(String yaml) {
    try {
      assertThat(reader.read("upload.yaml", new StringReader(yaml))).isNotNull();
    } catch (InvalidTenantConfiguration refused) {
      assertThat(refused.problems())
          .isNotEmpty()
          .allSatisfy(
              problem -> {
                assertThat(problem.field()).isNotNull();
                assertThat(problem.reason()).isNotBlank();
              });
    }
  }

  @Property(tries = 400)
  void a_value_of_the_file_swapped_for_anything_is_read_or_refused(
      @ForAll("valueSwaps") String yaml) {
    readOrRefused(yaml);
  }

  @Property(tries = 200)
  void a_line_dropped_or_repeated_is_read_or_refused(@ForAll("lineChanges") String yaml) {
    readOrRefused(yaml);
  }

  @Property(tries = 300)
  void text_that_is_not_a_configuration_is_refused(@ForAll("notConfigurations") String yaml) {
    readOrRefused(yaml);
  }

  @Provide
  Arbitrary<String> valueSwaps() {
    Arbitrary<Integer> line = Arbitraries.integers().between(0, LINES.size() - 1);
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.of(
                "~",
                "null",
                "[]",
                "{}",
                "-1",
                "1.5",
                "99999999999999999999",
                "1e400",
                ".nan",
                "'\u0000'",
                "\"\\ud800\"",
                "\"25:61\"",
                "{daysBefore: -5, at: \"24:00\"}",
                "[vegan, vegan]",
                "&a [*a]",
                "!!binary AAAA",
                "2026-02-30",
                "yes",
                "0x10"),
            Arbitraries.longs().map(String::valueOf));
    return Combinators.combine(line, value)
        .as(
            (at, replacement) -> {
              StringBuilder yaml = new StringBuilder();
              for (int i = 0; i < LINES.size(); i++) {
                String original = LINES.get(i);
                int colon = original.indexOf(": ");
                yaml.append(
                        i == at && colon > 0
                            ? original.substring(0, colon + 2) + replacement
                            : original)
                    .append('\n');
              }
              return yaml.toString();
            });
  }

  @Provide
  Arbitrary<String> lineChanges() {
    return Combinators.combine(
            Arbitraries.integers().between(0, LINES.size() - 1), Arbitraries.of(0, 1, 2))
        .as(
            (at, change) -> {
              StringBuilder yaml = new StringBuilder();
              for (int i = 0; i < LINES.size(); i++) {
                if (i == at && change == 0) {
                  continue;
                }
                yaml.append(LINES.get(i)).append('\n');
                if (i == at && change == 1) {
                  yaml.append(LINES.get(i)).append('\n');
                }
                if (i == at && change == 2) {
                  yaml.append(LINES.get(i).strip()).append('\n');
                }
              }
              return yaml.toString();
            });
  }

  @Provide
  Arbitrary<String> notConfigurations() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withChars("{}[]:-,&*!|>'\"#\n\t ").ofMaxLength(80),
        Arbitraries.of(
            "",
            "---",
            "- a\n- b",
            "a: &x [*x]",
            "? [a]\n: b",
            "%YAML 9.9\n---\na: 1",
            "a: " + "[".repeat(2000)));
  }
}
