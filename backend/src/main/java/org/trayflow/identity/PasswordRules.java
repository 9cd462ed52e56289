package org.trayflow.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a password a person chooses must be: long rather than clever (NIST SP 800-63B), not their
 * name, not the one they are replacing. The same rules are shown while typing and checked when the
 * password is saved.
 */
public final class PasswordRules {

  public static final int SHORTEST = 12;
  public static final int LONGEST = 128;

  /** Parts of a user name this long or longer count as the name (j.smith: "smith", not "j"). */
  private static final int NAME_PART = 4;

  private PasswordRules() {}

  /** One rule, in the words a person reads while choosing. */
  public enum Rule {
    LONG_ENOUGH("At least " + SHORTEST + " characters"),
    NOT_TOO_LONG("At most " + LONGEST + " characters"),
    NOT_YOUR_NAME("Not your user name, nor containing it"),
    NOT_ONE_CHARACTER("Not one character over and over"),
    NEW("Not the password you are replacing");

    private final String inWords;

    Rule(String inWords) {
      this.inWords = inWords;
    }

    public String inWords() {
      return inWords;
    }
  }

  /** The rules, in the order a person is shown them. */
  public static List<Rule> all() {
    return List.of(Rule.values());
  }

  /**
   * The rules this password breaks; none when it may be chosen.
   *
   * @param replacing the password being replaced, when the person typed it here
   */
  public static List<Rule> broken(String username, String chosen, String replacing) {
    String name = username.toLowerCase(Locale.ROOT);
    String localPart = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
    String lowered = chosen.toLowerCase(Locale.ROOT);
    // "porter" is porter-3@st-mungos's name as much as the whole of it is
    List<String> nameParts =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(localPart),
                Arrays.stream(localPart.split("[._-]+")).filter(part -> part.length() >= NAME_PART))
            .toList();
    return all().stream()
        .filter(
            rule ->
                switch (rule) {
                  case LONG_ENOUGH -> chosen.codePointCount(0, chosen.length()) < SHORTEST;
                  case NOT_TOO_LONG -> chosen.codePointCount(0, chosen.length()) > LONGEST;
                  case NOT_YOUR_NAME ->
                      nameParts.stream()
                          .anyMatch(part -> !part.isEmpty() && lowered.contains(part));
                  case NOT_ONE_CHARACTER ->
                      !chosen.isEmpty() && chosen.codePoints().distinct().count() == 1;
                  case NEW -> !replacing.isEmpty() && chosen.equals(replacing);
                })
        .toList();
  }
}
