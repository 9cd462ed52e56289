package org.trayflow.menus;

import java.util.Optional;

/**
 * What a kitchen manager looks for in the catalogue: words of the name, a category, a diet tag, and
 * whether withdrawn dishes count.
 */
public record CatalogueFilter(
    Optional<String> words,
    Optional<String> category,
    Optional<String> dietTag,
    boolean activeOnly) {

  public static CatalogueFilter everything() {
    return new CatalogueFilter(Optional.empty(), Optional.empty(), Optional.empty(), false);
  }
}
