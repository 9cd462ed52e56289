package org.trayflow.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trayflow.platform.ExpectedFailure;

/**
 * Shows a service's problems next to the form fields they are about. A problem names its place
 * ({@code mealPeriods[1].cutOff.at}, {@code name}); the form registers each field under its place,
 * and the field with the longest matching place gets the message. What fits no field is listed.
 */
public final class FieldProblems {

  private final Map<String, HasValidation> fields = new LinkedHashMap<>();
  private final UnorderedList unplaced = new UnorderedList();

  public FieldProblems(String id) {
    unplaced.setId(id);
  }

  /** Forgets where fields were placed, for a form that now shows another element of a list. */
  public void forgetPlaces() {
    clear();
    fields.clear();
  }

  public void place(String path, HasValidation field) {
    fields.put(path, field);
  }

  public UnorderedList unplaced() {
    return unplaced;
  }

  public void clear() {
    fields.values().forEach(field -> field.setInvalid(false));
    unplaced.removeAll();
  }

  public void show(List<ExpectedFailure.Detail> problems) {
    clear();
    for (ExpectedFailure.Detail problem : problems) {
      HasValidation field = fieldFor(problem.field());
      if (field == null) {
        unplaced.add(new ListItem(problem.field() + ": " + FailureWords.reason(problem)));
      } else {
        String reason = FailureWords.reason(problem);
        field.setErrorMessage(field.isInvalid() ? field.getErrorMessage() + "; " + reason : reason);
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
