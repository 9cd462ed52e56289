package org.trayflow.ui.ops;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trayflow.ui.Times;

/**
 * A small time-series chart as SVG, drawn on the server (the free Vaadin components have no
 * charts): lines over the last two hours, the y axis from zero to the largest value, a legend under
 * it.
 */
final class LineChart {

  private static final String[] COLOURS = {
    "#1676f3", "#e8a317", "#d32f2f", "#2e7d32", "#7b1fa2", "#00838f"
  };
  private static final int WIDTH = 560;
  private static final int HEIGHT = 180;
  private static final int LEFT = 48;
  private static final int BOTTOM = 20;

  record Point(Instant at, double value) {}

  record Series(String name, List<Point> points) {}

  private final String title;
  private final String unit;
  private final List<Series> series = new ArrayList<>();

  LineChart(String title, String unit) {
    this.title = title;
    this.unit = unit;
  }

  LineChart add(Series line) {
    series.add(line);
    return this;
  }

  String svg(Instant from, Instant to) {
    double most =
        Math.max(
            1e-9,
            series.stream()
                .flatMap(s -> s.points().stream())
                .mapToDouble(Point::value)
                .max()
                .orElse(0));
    double span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
    StringBuilder svg =
        new StringBuilder(
            "<svg xmlns='http://www.w3.org/2000/svg' role='img' class='line-chart'"
                + " viewBox='0 0 "
                + (WIDTH + LEFT + 10)
                + " "
                + (HEIGHT + BOTTOM + 22 + 18 * ((series.size() + 2) / 3))
                + "' width='100%' style='max-width:38em'><title>"
                + escape(title)
                + "</title>");
    svg.append("<text x='0' y='14' font-size='14' font-weight='600'>")
        .append(escape(title))
        .append("</text>");
    int top = 22;
    svg.append(axis(LEFT, top, LEFT, top + HEIGHT))
        .append(axis(LEFT, top + HEIGHT, LEFT + WIDTH, top + HEIGHT));
    svg.append(label(2, top + 10, number(most) + " " + unit)).append(label(2, top + HEIGHT, "0"));
    svg.append(
            label(
                LEFT,
                top + HEIGHT + 15,
                Times.clock().withZone(ZoneOffset.UTC).format(from) + " UTC"))
        .append(
            label(
                LEFT + WIDTH - 70,
                top + HEIGHT + 15,
                Times.clock().withZone(ZoneOffset.UTC).format(to) + " UTC"));
    for (int i = 0; i < series.size(); i++) {
      String colour = COLOURS[i % COLOURS.length];
      StringBuilder path = new StringBuilder();
      for (Point point : series.get(i).points()) {
        double x = LEFT + WIDTH * (point.at().getEpochSecond() - from.getEpochSecond()) / span;
        double y = top + HEIGHT - HEIGHT * point.value() / most;
        path.append(path.length() == 0 ? "M" : " L")
            .append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
      }
      if (path.length() > 0) {
        svg.append("<path class='series' d='")
            .append(path)
            .append("' fill='none' stroke='")
            .append(colour)
            .append("' stroke-width='2'/>");
      }
      int row = top + HEIGHT + 34 + 18 * (i / 3);
      int column = LEFT + (WIDTH / 3) * (i % 3);
      svg.append("<rect x='")
          .append(column)
          .append("' y='")
          .append(row - 9)
          .append("' width='10' height='10' fill='")
          .append(colour)
          .append("'/>")
          .append(label(column + 14, row, series.get(i).name()));
    }
    return svg.append("</svg>").toString();
  }

  private static String axis(int x1, int y1, int x2, int y2) {
    return "<line x1='"
        + x1
        + "' y1='"
        + y1
        + "' x2='"
        + x2
        + "' y2='"
        + y2
        + "' stroke='#9aa0a6'/>";
  }

  private static String label(int x, int y, String text) {
    return "<text x='"
        + x
        + "' y='"
        + y
        + "' font-size='11' fill='#4a4f55'>"
        + escape(text)
        + "</text>";
  }

  private static String number(double value) {
    return value >= 100
        ? String.valueOf(Math.round(value))
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&apos;");
  }
}
