package org.trayflow.ordering;

import java.util.List;
import java.util.Map;
import org.trayflow.platform.ExpectedFailure;

/** Not enough portions left of at least one dish; nothing of the order was taken. */
public class SoldOut extends ExpectedFailure {

  SoldOut(Map<Long, Integer> remaining, Map<Long, String> names, Map<Long, Integer> asked) {
    super(
        Kind.CONFLICT,
        "sold-out",
        "Not enough portions left: "
            + String.join(
                ", ",
                remaining.entrySet().stream()
                    .map(
                        e ->
                            names.getOrDefault(e.getKey(), "dish " + e.getKey())
                                + " ("
                                + e.getValue()
                                + " left)")
                    .toList())
            + ". Nothing was ordered.",
        details(remaining, names, asked));
  }

  private static List<Detail> details(
      Map<Long, Integer> remaining, Map<Long, String> names, Map<Long, Integer> asked) {
    return remaining.entrySet().stream()
        .map(
            e ->
                new Detail(
                    "items[" + e.getKey() + "]",
                    names.getOrDefault(e.getKey(), "dish " + e.getKey())
                        + ": "
                        + e.getValue()
                        + " left, "
                        + asked.getOrDefault(e.getKey(), 0)
                        + " asked"))
        .toList();
  }
}
