package org.trayflow.ordering;

import java.util.List;
import java.util.Map;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.Wording;
import org.trayflow.quotas.Portions;

/** Not enough portions left of at least one dish; nothing of the order was taken. */
public class SoldOut extends ExpectedFailure {

  SoldOut(Portions remaining, Map<Long, String> names, Portions asked) {
    super(
        Kind.CONFLICT,
        "sold-out",
        "Not enough portions left: "
            + String.join(
                "; ",
                remaining.perDish().entrySet().stream()
                    .map(
                        e ->
                            names.getOrDefault(e.getKey(), "dish " + e.getKey())
                                + " ("
                                + e.getValue()
                                + " left)")
                    .toList())
            + ". Nothing was ordered.",
        details(remaining, names, asked),
        Wording.of(
            "sold-out",
            remaining.perDish().entrySet().stream()
                .map(
                    e ->
                        Wording.of(
                            "sold-out.dish",
                            names.getOrDefault(e.getKey(), "dish " + e.getKey()),
                            e.getValue()))
                .toList()));
  }

  private static List<Detail> details(Portions remaining, Map<Long, String> names, Portions asked) {
    return remaining.perDish().entrySet().stream()
        .map(
            e ->
                new Detail(
                    "items[" + e.getKey() + "]",
                    names.getOrDefault(e.getKey(), "dish " + e.getKey())
                        + ": "
                        + e.getValue()
                        + " left, "
                        + asked.of(e.getKey())
                        + " asked"))
        .toList();
  }
}
