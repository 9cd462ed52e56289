package org.trayflow.tenantconfig;

import java.util.regex.Pattern;

/**
 * The short, URL-safe name of a tenant or site, as it appears in paths and Redis keys (for example
 * {@code st-mungos} or {@code north-wing}).
 */
public record Slug(String value) {

  /** The form of a slug, as a regular expression (for Bean Validation and SQL checks alike). */
  public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

  public static final int MAX_LENGTH = 63;

  private static final Pattern FORM = Pattern.compile(PATTERN);

  public Slug {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException(describeForm());
    }
  }

  public static boolean isWellFormed(String candidate) {
    return candidate != null
        && candidate.length() <= MAX_LENGTH
        && FORM.matcher(candidate).matches();
  }

  public static String describeForm() {
    return "must be 1 to "
        + MAX_LENGTH
        + " lower-case letters, digits and single hyphens, starting and ending with a letter or digit";
  }

  @Override
  public String toString() {
    return value;
  }
}
