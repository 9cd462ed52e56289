package org.trayflow.tenantconfig;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fields of one mapping in a configuration file. Every reader method records a problem under
 * the field's full path ({@code sites[1].lunchWindow.from}) and returns null when the value is
 * unusable, so that one pass finds every problem.
 */
final class Fields {

  private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

  private final String path;
  private final Map<?, ?> values;
  private final List<ConfigurationProblem> problems;

  Fields(String path, Map<?, ?> values, Set<String> known, List<ConfigurationProblem> problems) {
    this.path = path;
    this.values = values;
    this.problems = problems;
    String knownList = known.stream().sorted().collect(Collectors.joining(", "));
    values.keySet().stream()
        .map(String::valueOf)
        .filter(key -> !known.contains(key))
        .forEach(key -> problem(key, "is not a known field (known: " + knownList + ")"));
  }

  boolean has(String field) {
    return values.get(field) != null;
  }

  String text(String field) {
    Object value = required(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text) || text.isBlank()) {
      problem(field, "must be non-blank text");
      return null;
    }
    return text.strip();
  }

  Slug slug(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    if (!Slug.isWellFormed(text)) {
      problem(field, "'" + text + "' " + Slug.describeForm());
      return null;
    }
    return new Slug(text);
  }

  LocalTime time(String field) {
    Object value = required(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text) || !TIME.matcher(text).matches()) {
      problem(field, "must be a 24-hour time in quotes, such as \"12:30\"");
      return null;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      problem(field, "'" + text + "' is not a time of day");
      return null;
    }
  }

  Integer integer(String field, int min, int max) {
    Object value = required(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Integer number) || number < min || number > max) {
      problem(field, "must be a whole number from " + min + " to " + max);
      return null;
    }
    return number;
  }

  Boolean bool(String field) {
    Object value = required(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Boolean flag)) {
      problem(field, "must be true or false");
      return null;
    }
    return flag;
  }

  Optional<BigDecimal> optionalAmount(String field) {
    Object value = values.get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Number number) || new BigDecimal(number.toString()).signum() <= 0) {
      problem(field, "must be a positive amount, such as 8.50");
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(number.toString()));
  }

  <E extends Enum<E> & ConfigurationWord> E word(String field, Class<E> words) {
    String text = text(field);
    return text == null ? null : wordOf(field, text, words);
  }

  <E extends Enum<E> & ConfigurationWord> E wordOf(String field, String text, Class<E> words) {
    for (E word : words.getEnumConstants()) {
      if (word.word().equals(text)) {
        return word;
      }
    }
    problem(
        field,
        "'"
            + text
            + "' is not one of: "
            + Arrays.stream(words.getEnumConstants())
                .map(ConfigurationWord::word)
                .collect(Collectors.joining(", ")));
    return null;
  }

  /** A nested mapping, whose problems are recorded under {@code field.}. */
  Fields mapping(String field, Set<String> known) {
    Object value = required(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?> mapping)) {
      problem(field, "must be a mapping of fields (" + String.join(", ", known) + ")");
      return null;
    }
    return new Fields(path + field + ".", mapping, known, problems);
  }

  /**
   * A mapping whose keys are the caller's to read (such as diet tags), not a fixed set of fields.
   */
  Map<?, ?> pairs(String field) {
    Object value = required(field);
    if (!(value instanceof Map<?, ?> mapping)) {
      if (value != null) {
        problem(field, "must be a mapping");
      }
      return Map.of();
    }
    return mapping;
  }

  /** A list of mappings, each read by the caller with {@link #element}. */
  List<Map<?, ?>> list(String field) {
    List<?> items = items(field);
    if (items == null) {
      return null;
    }
    List<Map<?, ?>> mappings = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Map<?, ?> mapping) {
        mappings.add(mapping);
      } else {
        problem(field + "[" + i + "]", "must be a mapping of fields");
        mappings.add(Map.of());
      }
    }
    return mappings;
  }

  Fields element(String field, int index, Map<?, ?> mapping, Set<String> known) {
    return new Fields(path + field + "[" + index + "].", mapping, known, problems);
  }

  /** A list of plain texts, such as diet tags. */
  List<String> texts(String field) {
    List<?> items = items(field);
    if (items == null) {
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof String text && !text.isBlank()) {
        texts.add(text.strip());
      } else {
        problem(field + "[" + i + "]", "must be non-blank text");
      }
    }
    return texts;
  }

  void problem(String field, String reason) {
    problems.add(new ConfigurationProblem(path + field, reason));
  }

  private List<?> items(String field) {
    Object value = required(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof List<?> items)) {
      problem(field, "must be a list");
      return null;
    }
    return items;
  }

  private Object required(String field) {
    Object value = values.get(field);
    if (value == null) {
      problem(field, "is required");
    }
    return value;
  }
}
