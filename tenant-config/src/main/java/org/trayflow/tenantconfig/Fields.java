package org.trayflow.tenantconfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fields of one mapping in a configuration file, read with every problem recorded under its path. */
final class Fields {

  private final String path;
  private final Map<?, ?> values;
  private final List<ConfigurationProblem> problems;

  Fields(String path, Map<?, ?> values, Set<String> known, List<ConfigurationProblem> problems) {
    this.path = path;
    this.values = values;
    this.problems = problems;
    values.keySet().stream()
        .filter(key -> !known.contains(String.valueOf(key)))
        .forEach(key -> problem(String.valueOf(key), "is not a known field (known: " + String.join(", ", known.stream().sorted().toList()) + ")"));
  }

  String text(String field) {
    Object value = values.get(field);
    if (value == null) {
      problem(field, "is required");
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

  List<Map<?, ?>> list(String field) {
    Object value = values.get(field);
    if (value == null) {
      problem(field, "is required");
      return null;
    }
    if (!(value instanceof List<?> items)) {
      problem(field, "must be a list");
      return null;
    }
    List<Map<?, ?>> mappings = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Map<?, ?> mapping) {
        mappings.add(mapping);
      } else {
        problem(field + "[" + i + "]", "must be a mapping of fields");
      }
    }
    return mappings;
  }

  void problem(String field, String reason) {
    problems.add(new ConfigurationProblem(path + field, reason));
  }
}
