package org.trayflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trayflow.audit.AuditActions;
import org.trayflow.identity.Role;
import org.trayflow.menus.Allergen;
import org.trayflow.tenantconfig.Language;
import org.trayflow.tenantconfig.Location;

class TranslationsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
  private static final Locale FRENCH = Locale.forLanguageTag("fr-FR");

  private final Translations translations = new Translations();

  @Test
  void every_english_word_has_its_french_with_the_same_placeholders() {
    ResourceBundle english = Translations.bundle(Locale.UK);
    ResourceBundle french = Translations.bundle(FRENCH);
    Set<String> missing = new TreeSet<>();
    Set<String> placeholdersDiffer = new TreeSet<>();
    for (String key : Collections.list(english.getKeys())) {
      if (!ownKeys("words_fr.properties").contains(key)) {
        missing.add(key);
      } else if (!placeholders(english.getString(key))
          .equals(placeholders(french.getString(key)))) {
        placeholdersDiffer.add(key);
      }
    }
    assertThat(missing).as("words with no French").isEmpty();
    assertThat(placeholdersDiffer).as("French that drops or adds a placeholder").isEmpty();
  }

  @Test
  void french_names_every_allergen_and_has_no_word_english_lacks() {
    ResourceBundle english = Translations.bundle(Locale.UK);
    Set<String> frenchOnly = new TreeSet<>(ownKeys("words_fr.properties"));
    frenchOnly.removeAll(Collections.list(english.getKeys()));
    Set<String> allergenKeys = new TreeSet<>();
    for (Allergen allergen : Allergen.values()) {
      allergenKeys.add("allergen." + allergen.word());
    }
    // English names allergens in the hospital's scheme's words, so only French carries them
    assertThat(frenchOnly).isEqualTo(allergenKeys);
  }

  @Test
  void every_date_pattern_formats_in_each_language() {
    LocalDateTime noon = LocalDateTime.of(2026, 12, 7, 12, 30);
    for (Locale locale : new Locale[] {Locale.UK, Locale.US, FRENCH}) {
      ResourceBundle words = Translations.bundle(locale);
      for (String key : new String[] {"format.dateTime", "format.day", "format.dayTime"}) {
        String shown = DateTimeFormatter.ofPattern(words.getString(key), locale).format(noon);
        assertThat(shown).as(key + " in " + locale).contains("7");
        if (!key.equals("format.day")) {
          assertThat(shown).as(key + " in " + locale).endsWith("12:30");
        }
      }
    }
    assertThat(
            DateTimeFormatter.ofPattern(Translations.bundle(Locale.US).getString("format.day"))
                .withLocale(Locale.US)
                .format(noon))
        .isEqualTo("Mon, Dec 7");
    assertThat(
            DateTimeFormatter.ofPattern(Translations.bundle(FRENCH).getString("format.day"))
                .withLocale(FRENCH)
                .format(noon))
        .isEqualTo("lun. 7 déc.");
  }

  @Test
  void placeholders_are_filled_as_given_and_a_missing_word_shows_its_key() {
    assertThat(translations.getTranslation("times.zone", FRENCH, "Europe/Paris"))
        .isEqualTo("Fuseau horaire : Europe/Paris.");
    assertThat(translations.getTranslation("times.zone", Locale.UK, "Europe/London"))
        .isEqualTo("Times are Europe/London.");
    assertThat(translations.getTranslation("no.such.word", FRENCH)).isEqualTo("no.such.word");
  }

  @Test
  void a_country_without_its_own_file_speaks_its_language() {
    assertThat(translations.getTranslation("nav.signOut", Locale.CANADA_FRENCH))
        .isEqualTo("Se déconnecter");
    assertThat(translations.getTranslation("nav.signOut", Locale.forLanguageTag("en-NZ")))
        .isEqualTo("Sign out");
  }

  @Test
  void each_language_is_offered_in_its_own_words_as_a_label_begins() {
    assertThat(Translations.ownName(Language.FRENCH)).isEqualTo("Français");
    assertThat(Translations.ownName(Language.ENGLISH)).isEqualTo("English");
  }

  @Test
  void every_role_audited_action_and_kind_of_place_has_its_words() {
    ResourceBundle english = Translations.bundle(Locale.UK);
    Set<String> missing = new TreeSet<>();
    for (Role role : Role.values()) {
      missing.add("role." + role.name());
    }
    AuditActions.known().keySet().forEach(action -> missing.add("audit.action." + action));
    for (Location.Kind kind : Location.Kind.values()) {
      missing.add("location." + kind.word());
    }
    missing.removeAll(Collections.list(english.getKeys()));
    assertThat(missing).isEmpty();
  }

  /** The keys written in one file, without those its parent bundle lends it. */
  private static Set<String> ownKeys(String file) {
    Properties words = new Properties();
    try (var in = TranslationsTest.class.getResourceAsStream("/org/trayflow/ui/" + file)) {
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TreeSet<>(words.stringPropertyNames());
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
