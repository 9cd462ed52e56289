package org.trayflow.kitchen;

import java.util.List;

/**
 * The tallies as a spreadsheet opens them (RFC 4180): one row per location and dish, then one per
 * dish with its total against the plan under the location "All".
 */
public final class ProductionCsv {

  private ProductionCsv() {}

  public static String of(Production production) {
    StringBuilder csv = new StringBuilder("location,kind,dish,portions,planned\r\n");
    production
        .byLocation()
        .forEach(
            line ->
                row(
                    csv,
                    List.of(
                        line.location(),
                        line.kind(),
                        line.dish(),
                        String.valueOf(line.portions()),
                        "")));
    production
        .dishes()
        .forEach(
            dish ->
                row(
                    csv,
                    List.of(
                        "All",
                        "",
                        dish.name(),
                        String.valueOf(dish.ordered()),
                        String.valueOf(dish.planned()))));
    return csv.toString();
  }

  private static void row(StringBuilder csv, List<String> cells) {
    csv.append(String.join(",", cells.stream().map(ProductionCsv::cell).toList())).append("\r\n");
  }

  private static String cell(String value) {
    // a leading = + - @ would make a spreadsheet run the cell as a formula: prefixed, it stays text
    String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
    boolean quoted =
        safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
    return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
