package org.trayflow.ui;

import static org.trayflow.ui.Translations.words;

import org.trayflow.patients.Iddsi;

/**
 * An IDDSI level as the reader's language names it: always its number, which is what the framework
 * is read by in every language, then its descriptor ("IDDSI 4 pureed", "IDDSI 4 purée").
 */
public final class IddsiWords {

  private IddsiWords() {}

  public static String food(int level) {
    return "IDDSI " + level + " " + words("iddsi.food." + level);
  }

  public static String drink(int level) {
    return "IDDSI " + level + " " + words("iddsi.drink." + level);
  }

  /** Food levels read as foods (5 minced & moist), the levels below 3 as drinks. */
  public static String texture(int level) {
    return Iddsi.isFoodLevel(level) ? food(level) : drink(level);
  }
}
