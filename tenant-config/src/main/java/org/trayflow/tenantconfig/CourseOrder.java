package org.trayflow.tenantconfig;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order in which a hospital's kitchen serves its courses (soup, main, dessert), by the
 * categories its dishes carry: menus list dishes in it, as a menu card does. Categories it does not
 * name come after the named ones, by name; the comparison ignores case, as kitchens are not
 * consistent about it.
 */
public record CourseOrder(List<String> courses) {

  public CourseOrder {
    courses = List.copyOf(courses);
  }

  public static CourseOrder byName() {
    return new CourseOrder(List.of());
  }

  /** Categories in serving order, then by name. */
  public Comparator<String> categories() {
    return Comparator.<String>comparingInt(this::place)
        .thenComparing(category -> category.toLowerCase(Locale.ROOT));
  }

  private int place(String category) {
    for (int i = 0; i < courses.size(); i++) {
      if (courses.get(i).equalsIgnoreCase(category.strip())) {
        return i;
      }
    }
    return courses.size();
  }
}
