package org.trayflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trayflow.menus.Allergen;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.Wording;
import org.trayflow.tenantconfig.TherapeuticDiet;

class FailureWordsTest {

  private static final Pattern WORDING = Pattern.compile("Wording\\.of\\(\\s*\"([^\"]+)\"");

  @Test
  void every_wording_the_backend_gives_has_its_words_in_each_language() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("../backend/src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = WORDING.matcher(Files.readString(source));
        while (m.find()) {
          keys.add("failure." + m.group(1));
        }
      }
    }
    assertThat(keys).contains("failure.sold-out", "failure.payment-refused.wallet");
    for (Locale locale : List.of(Locale.UK, Locale.forLanguageTag("fr-FR"))) {
      Set<String> missing = new TreeSet<>(keys);
      ResourceBundle words = Translations.bundle(locale);
      missing.removeAll(Collections.list(words.getKeys()));
      assertThat(missing).as(locale.toLanguageTag()).isEmpty();
    }
  }

  @Test
  void facts_are_said_in_the_readers_formats_and_nested_wordings_joined() {
    Currency pounds = Currency.getInstance("GBP");
    assertThat(
            FailureWords.say(
                Wording.of(
                    "payment-refused.allowance",
                    new Wording.Money(new BigDecimal("4.2"), pounds),
                    LocalDate.of(2026, 12, 7),
                    new Wording.Money(new BigDecimal("1.05"), pounds))))
        .isEqualTo(
            "This order costs £4.20 but your allowance for Mon 7 Dec has £1.05 left. Nothing was"
                + " ordered: choose less, or another day.");
    assertThat(
            FailureWords.say(
                Wording.of(
                    "sold-out",
                    List.of(
                        Wording.of("sold-out.dish", "Soup", 0),
                        Wording.of("sold-out.dish", "Pie", 2)))))
        .isEqualTo("Not enough portions left: Soup (0 left); Pie (2 left). Nothing was ordered.");
    // what a change loosens reads on the ward as the audit and the API have it (LooseningTest)
    assertThat(
            FailureWords.say(
                List.of(
                    Wording.of("loosened.food-level", 4, 6),
                    Wording.of("loosened.drink-level", 2, 0),
                    Wording.of("loosened.diets-dropped", List.of(TherapeuticDiet.RENAL)),
                    Wording.of("loosened.needs-dropped", "halal"))))
        .isEqualTo(
            "IDDSI food level 4 → 6; IDDSI drink level 2 → 0 (thinner); diet no longer renal;"
                + " no longer halal");
    assertThat(
            FailureWords.say(
                Wording.of("loosened.allergy-removed", List.of(Allergen.MILK, Allergen.PEANUTS))))
        .isEqualTo("allergy removed: milk, peanuts");
    assertThat(FailureWords.say(Wording.of("sign-in-slowed", Duration.ofMillis(29_200))))
        .startsWith("Too many sign-ins failed")
        .contains("Try again in 30 seconds;");
    assertThat(FailureWords.say(Wording.of("sign-in-slowed", Duration.ofSeconds(150))))
        .contains("Try again in 3 minutes;");
  }

  @Test
  void a_forms_details_read_as_sentences_worded_where_they_can_be() {
    ExpectedFailure refused =
        new ExpectedFailure(
            ExpectedFailure.Kind.INVALID,
            "invalid-diet-order",
            "cannot be recorded",
            List.of(
                new ExpectedFailure.Detail(
                    "diets", "name at least one diet", Wording.of("detail.diets-none")),
                new ExpectedFailure.Detail("foodLevel", "must be an IDDSI food level"))) {};
    assertThat(FailureWords.details(refused))
        .isEqualTo(
            "Name at least one diet (regular when nothing special). foodLevel: must be an IDDSI"
                + " food level.");
    assertThat(FailureWords.reason(refused.details().get(0)))
        .isEqualTo("Name at least one diet (regular when nothing special).");
    assertThat(FailureWords.reason(refused.details().get(1)))
        .isEqualTo("must be an IDDSI food level");
  }
}
