package org.trayflow.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.platform.Text;

/**
 * A JSON body read against the type it will be bound to, before it is bound: every string and key
 * must be text, no list may hold null, a number bound to a whole-number field must be a whole
 * number that fits it (the binder would cut {@code 1.5} to 1 and wrap {@code 4294967297} to 1), and
 * a date must lie in the years Trayflow serves meals in. Each problem is named by its place ({@code
 * lines[1].quantity}). A body that is not JSON is left to the binder, which refuses it in its own
 * words.
 */
final class RequestText {

  /** Meals are ordered, and patients were born, within these years. */
  static final int FIRST_YEAR = 1900;

  static final int LAST_YEAR = 2199;
  private static final int MOST_PROBLEMS = 20;

  private RequestText() {}

  /**
   * The body's problems against the type it will be bound to. A body that is not well-formed JSON
   * is one problem: the binder never sees it, for Parsson skips an unknown field's unclosed array
   * or object forever (parsson#23), a thread lost at full CPU for each such request. An empty body
   * is the binder's to refuse or to take as none.
   */
  static List<Detail> problems(byte[] body, Type target) {
    if (body.length == 0) {
      return List.of();
    }
    JsonValue root;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      root = reader.readValue();
    } catch (JsonException | IllegalStateException notJson) {
      return List.of(new Detail("(body)", "is not well-formed JSON"));
    } catch (RuntimeException unreadable) {
      // Parsson stops at 1,000 levels of nesting with a bare RuntimeException.
      return List.of(
          new Detail("(body)", "nests lists or objects deeper than any Trayflow request does"));
    }
    List<Detail> problems = new ArrayList<>();
    walk(root, target, "", problems);
    return problems.size() > MOST_PROBLEMS
        ? List.copyOf(problems.subList(0, MOST_PROBLEMS))
        : problems;
  }

  /**
   * Whether the date text names a date Trayflow can mean; empty when it does, or when it is no date
   * at all.
   */
  static Optional<String> outOfRange(LocalDate date) {
    return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR
        ? Optional.of("must be a date from " + FIRST_YEAR + " to " + LAST_YEAR)
        : Optional.empty();
  }

  private static void walk(JsonValue value, Type type, String path, List<Detail> problems) {
    if (problems.size() >= MOST_PROBLEMS) {
      return; // enough to correct the request by; the rest would only fill the answer
    }
    Class<?> raw = raw(type);
    switch (value.getValueType()) {
      case STRING -> {
        String text = ((JsonString) value).getString();
        Text.notText(text).ifPresent(why -> problems.add(new Detail(place(path), why)));
        if (raw == LocalDate.class) {
          date(text)
              .flatMap(RequestText::outOfRange)
              .ifPresent(why -> problems.add(new Detail(place(path), why)));
        }
      }
      case NUMBER ->
          wholeNumber(raw)
              .ifPresent(
                  range ->
                      exact(((JsonNumber) value).bigDecimalValue(), range)
                          .ifPresent(why -> problems.add(new Detail(place(path), why))));
      case ARRAY -> {
        JsonArray list = value.asJsonArray();
        Type element = elementOf(type);
        for (int i = 0; i < list.size(); i++) {
          String here = path + "[" + i + "]";
          if (list.get(i).getValueType() == JsonValue.ValueType.NULL) {
            problems.add(new Detail(here, "a list may not hold null"));
          } else {
            walk(list.get(i), element, here, problems);
          }
        }
      }
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        object.forEach(
            (key, member) -> {
              String here = path.isEmpty() ? key : path + "." + key;
              Text.notText(key).ifPresent(why -> problems.add(new Detail(here, "the name " + why)));
              walk(member, memberOf(type, key), here, problems);
            });
      }
      default -> {
        /* true, false, null: nothing to check */
      }
    }
  }

  private static String place(String path) {
    return path.isEmpty() ? "(body)" : path;
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeException notADate) {
      return Optional.empty(); // the binder refuses it
    }
  }

  /** The inclusive range of a whole-number type, or nothing for any other. */
  private static Optional<long[]> wholeNumber(Class<?> raw) {
    if (raw == int.class || raw == Integer.class) {
      return Optional.of(new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE});
    }
    if (raw == long.class || raw == Long.class) {
      return Optional.of(new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
    }
    if (raw == short.class || raw == Short.class) {
      return Optional.of(new long[] {Short.MIN_VALUE, Short.MAX_VALUE});
    }
    return Optional.empty();
  }

  private static Optional<String> exact(BigDecimal number, long[] range) {
    BigDecimal whole = number.stripTrailingZeros();
    if (whole.scale() > 0) {
      return Optional.of("must be a whole number, not " + number.toPlainString());
    }
    if (whole.compareTo(BigDecimal.valueOf(range[0])) < 0
        || whole.compareTo(BigDecimal.valueOf(range[1])) > 0) {
      return Optional.of("is too large a number");
    }
    return Optional.empty();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> plain) {
      return plain;
    }
    return Object.class;
  }

  private static Type elementOf(Type list) {
    Class<?> raw = raw(list);
    if (raw.isArray()) {
      return raw.getComponentType();
    }
    if (Collection.class.isAssignableFrom(raw) && list instanceof ParameterizedType parameterized) {
      return parameterized.getActualTypeArguments()[0];
    }
    return Object.class;
  }

  /**
   * The declared type of an object's member of that name: a record's component, a field, a map's
   * values.
   */
  private static Type memberOf(Type owner, String name) {
    Class<?> raw = raw(owner);
    if (Map.class.isAssignableFrom(raw)) {
      return owner instanceof ParameterizedType parameterized
          ? parameterized.getActualTypeArguments()[1]
          : Object.class;
    }
    return MEMBERS.get(raw).getOrDefault(name, Object.class);
  }

  /** Each class's members by name, looked up once per class rather than on every request. */
  private static final ClassValue<Map<String, Type>> MEMBERS =
      new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> type) {
          Map<String, Type> members = new HashMap<>();
          if (type.isRecord()) {
            Arrays.stream(type.getRecordComponents())
                .forEach(c -> members.put(c.getName(), c.getGenericType()));
            return Map.copyOf(members);
          }
          for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
              members.putIfAbsent(field.getName(), field.getGenericType());
            }
          }
          return Map.copyOf(members);
        }
      };
}
