package org.trayflow.platform;

import java.util.Optional;

/**
 * Whether a string from outside is text a person wrote: no NUL and no other control character but
 * tab and line breaks, and no half of a UTF-16 pair. Such characters are never typed by a nurse;
 * PostgreSQL refuses some of them mid-transaction (a 500), and the rest would print as nothing on a
 * tray ticket.
 */
public final class Text {

  private Text() {}

  /** Why the string is not text, or nothing when it is. */
  public static Optional<String> notText(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 0) {
        return Optional.of("contains a NUL character, which is not text");
      }
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return Optional.of(
            "contains the control character U+"
                + String.format("%04X", (int) c)
                + ", which is not text");
      }
      if (Character.isHighSurrogate(c)
              && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
          || Character.isLowSurrogate(c)
              && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
        return Optional.of("contains half of a UTF-16 character pair, which is not text");
      }
    }
    return Optional.empty();
  }
}
