package org.trayflow.patients;

import java.util.List;
import org.trayflow.menus.PublishedMenu.OfferedDish;

/**
 * A meal's menu as offered to one patient: every dish, with the reasons it would be refused (none
 * when safe), so that a ward can show excluded dishes greyed out with why.
 */
public record PatientMenu(DietAtMeal diet, List<Choice> dishes) {

  public record Choice(OfferedDish dish, List<Conflict> conflicts) {
    public boolean safe() {
      return conflicts.isEmpty();
    }
  }
}
