package org.trayflow.platform;

/** Counts as people write them: "1 portion", "2 portions", "no portions". */
public final class Counts {

  private Counts() {}

  public static String of(long count, String one, String many) {
    return count == 0 ? "no " + many : count == 1 ? "1 " + one : count + " " + many;
  }
}
