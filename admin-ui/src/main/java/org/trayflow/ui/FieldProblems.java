package org.trayflow.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trayflow.tenantconfig.ConfigurationProblem;

/**
 * Shows the problems of a configuration change next to the form fields they are about. A problem names its
 * place in the configuration file ({@code mealPeriods[1].cutOff.at}); the form registers each field under its
 * place, and the field with the longest matching place gets the message. What fits no field is listed.
 */
final class FieldProblems {

  private final Map<String, HasValidation> fields = new LinkedHashMap<>();
  private final UnorderedList unplaced = new UnorderedList();

  FieldProblems(String id) {
    unplaced.setId(id);
  }

  /** Forgets where fields were placed, for a form that now shows another element of a list. */
  void forgetPlaces() {
    clear();
    fields.clear();
  }

  void place(String path, HasValidation field) {
    fields.put(path, field);
  }

  UnorderedList unplaced() {
    return unplaced;
  }

  void clear() {
    fields.values().forEach(field -> field.setInvalid(false));
    unplaced.removeAll();
  }

  void show(List<ConfigurationProblem> problems) {
    clear();
    for (ConfigurationProblem problem : problems) {
      HasValidation field = fieldFor(problem.field());
      if (field == null) {
        unplaced.add(new ListItem(problem.field() + ": " + problem.reason()));
      } else {
        field.setErrorMessage(field.isInvalid() ? field.getErrorMessage() + "; " + problem.reason() : problem.reason());
        field.setInvalid(true);
      }
    }
  }

  private HasValidation fieldFor(String problemPath) {
    String best = null;
    for (String path : fields.keySet()) {
      boolean covers = problemPath.equals(path) || problemPath.startsWith(path + ".");
      if (covers && (best == null || path.length() > best.length())) {
        best = path;
      }
    }
    return best == null ? null : fields.get(best);
  }
}
