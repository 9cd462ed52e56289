package org.trayflow.tenancy;

import java.util.List;

/**
 * What an import did: the version in force afterwards, and the changes it made (none when the file
 * was the configuration already in force).
 */
public record ImportOutcome(int version, List<String> changes) {

  public ImportOutcome {
    changes = List.copyOf(changes);
  }

  public boolean changedAnything() {
    return !changes.isEmpty();
  }
}
