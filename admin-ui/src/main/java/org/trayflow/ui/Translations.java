package org.trayflow.ui;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.trayflow.platform.HospitalLocale;
import org.trayflow.tenantconfig.Language;

/**
 * The words of every screen, in the reader's language (their UI's locale): {@code
 * org/trayflow/ui/words.properties} in English, {@code words_fr.properties} in French, and a file
 * per country only where a country writes dates differently ({@code words_en_US.properties}). A
 * placeholder {0} is replaced as it is, so that apostrophes need no escaping; numbers and dates
 * arrive already formatted in the reader's locale.
 */
// vaadin-cdi takes the provider only from a bean both service-scoped and service-enabled; without
// either it silently falls back to its own, which shows every key as !{key}!
@VaadinServiceScoped
@VaadinServiceEnabled
public class Translations implements I18NProvider {

  private static final String BUNDLE = "org.trayflow.ui.words";
  private static final Logger LOG = Logger.getLogger(Translations.class.getName());
  private static final Translations OUTSIDE_A_SCREEN = new Translations();

  @Override
  public List<Locale> getProvidedLocales() {
    return Arrays.stream(Language.values()).map(l -> Locale.forLanguageTag(l.code())).toList();
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    String text;
    try {
      text = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      // a missing word is a bug of ours: say which, rather than show an empty label
      LOG.warning("No words for '" + key + "' in " + locale.toLanguageTag());
      return key;
    }
    for (int i = 0; i < params.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(params[i]));
    }
    return text;
  }

  /**
   * The words for a helper that is not itself a component, in the current screen's locale (the same
   * provider as every component's {@code getTranslation}); British English outside a screen.
   */
  public static String words(String key, Object... params) {
    UI ui = UI.getCurrent();
    return ui == null
        ? OUTSIDE_A_SCREEN.getTranslation(key, HospitalLocale.FORMATS, params)
        : ui.getTranslation(key, params);
  }

  /**
   * A count with its noun as the reader writes it: {@code key.none} for nought ("no patients"),
   * {@code key.one} for one, {@code key.many} for more, each given the number as {0} and what else
   * the sentence needs as {1}, {2}…
   */
  public static String counted(String key, long count, Object... more) {
    Object[] params = new Object[more.length + 1];
    params[0] = count;
    System.arraycopy(more, 0, params, 1, more.length);
    return words(key + (count == 0 ? ".none" : count == 1 ? ".one" : ".many"), params);
  }

  /**
   * The language named in its own words, as a label begins ("Français", "English"), so that someone
   * who cannot read the page still finds theirs.
   */
  public static String ownName(Language language) {
    Locale locale = Locale.forLanguageTag(language.code());
    String name = locale.getDisplayLanguage(locale);
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        Translations.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
