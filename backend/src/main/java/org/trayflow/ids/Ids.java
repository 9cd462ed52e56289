package org.trayflow.ids;

/** What every id checks of its number. */
final class Ids {

  private Ids() {}

  static void requirePositive(long value, String what) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " is a positive whole number, not " + value);
    }
  }
}
