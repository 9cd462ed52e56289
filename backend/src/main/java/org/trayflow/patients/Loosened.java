package org.trayflow.patients;

import java.util.List;
import org.trayflow.platform.Wording;

/**
 * What a change loosens, once in the English of the audit, the patient's history and the API
 * ("allergy removed: peanuts; IDDSI drink level 2 → 0 (thinner)"), and once as one wording per
 * thing loosened, for the ward's screen to say in its reader's language.
 */
public record Loosened(String english, List<Wording> items) {

  public Loosened {
    items = List.copyOf(items);
  }
}
