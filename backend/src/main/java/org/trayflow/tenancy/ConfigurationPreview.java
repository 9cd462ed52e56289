package org.trayflow.tenancy;

import java.util.List;

/**
 * What applying a file would do, shown before it is applied.
 *
 * @param changes each change in words ("site central: location ward-9 added")
 * @param warnings what it removes that is in use
 * @param diff the file against the one in force, line by line
 */
public record ConfigurationPreview(
    List<String> changes, List<String> warnings, List<DiffLine> diff) {

  public ConfigurationPreview {
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
    diff = List.copyOf(diff);
  }

  public boolean changesAnything() {
    return !changes.isEmpty();
  }
}
