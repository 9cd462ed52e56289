package org.trayflow.platform;

import java.util.Arrays;
import java.util.List;

/**
 * What a failure tells a person, as the key of a sentence and the facts it names (text, numbers,
 * dates, moments, durations, {@link Money}, or further wordings), so that a screen can say it in
 * its reader's language and formats. The failure's message stays the British English of the API,
 * the audit and the logs.
 */
public record Wording(String key, List<Object> facts) {

  public Wording {
    facts = List.copyOf(facts);
  }

  public static Wording of(String key, Object... facts) {
    return new Wording(key, Arrays.asList(facts));
  }

  /** An amount with its currency, for a screen to write in its reader's formats. */
  public record Money(java.math.BigDecimal amount, java.util.Currency currency) {}
}
