package org.trayflow.patients;

/**
 * The IDDSI framework's texture levels (iddsi.org): foods from 3 (liquidised) to 7 (regular),
 * drinks from 0 (thin) to 4 (extremely thick). A patient may safely have food more modified than
 * their level, and drinks thicker than theirs, never the other way.
 */
public final class Iddsi {

  public static final int REGULAR_FOOD = 7;
  public static final int THIN_DRINK = 0;
  private static final String[] FOOD = {
    "", "", "", "liquidised", "pureed", "minced & moist", "soft & bite-sized", "regular"
  };
  private static final String[] DRINK = {
    "thin", "slightly thick", "mildly thick", "moderately thick", "extremely thick"
  };

  private Iddsi() {}

  public static String food(int level) {
    return "IDDSI " + level + " " + FOOD[level];
  }

  public static String drink(int level) {
    return "IDDSI " + level + " " + DRINK[level];
  }

  public static boolean isFoodLevel(int level) {
    return level >= 3 && level <= 7;
  }

  public static boolean isDrinkLevel(int level) {
    return level >= 0 && level <= 4;
  }
}
