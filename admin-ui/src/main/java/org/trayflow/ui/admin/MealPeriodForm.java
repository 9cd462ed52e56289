package org.trayflow.ui.admin;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.Optional;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TimeWindow;
import org.trayflow.ui.ClockPicker;
import org.trayflow.ui.FieldProblems;

/** One meal period's fields; problems of the configuration land next to the field they name. */
class MealPeriodForm extends FormLayout {

  private final TextField id = new TextField(words("admin.shortName"));
  private final TextField name = new TextField(words("admin.name"));
  private final TimePicker servedFrom = time(words("meals.servedFrom"), "meal-served-from");
  private final TimePicker servedTo = time(words("meals.servedUntil"), "meal-served-to");
  private final MomentField opens = new MomentField(words("meals.opens"), "meal-opens");
  private final MomentField closes = new MomentField(words("meals.closes"), "meal-closes");
  private final MomentField cutOff = new MomentField(words("meals.cutOffField"), "meal-cut-off");
  private final IntegerField portions = new IntegerField(words("meals.portionsField"));

  MealPeriodForm() {
    id.setId("meal-id");
    id.setHelperText(words("meals.shortNameHelp"));
    name.setId("meal-name");
    portions.setId("meal-portions");
    portions.setMin(0);
    add(id, name, servedFrom, servedTo, opens, closes, cutOff, portions);
    setColspan(opens, 2);
    setColspan(closes, 2);
    setColspan(cutOff, 2);
  }

  void show(MealPeriod meal, boolean isNew) {
    id.setValue(meal == null ? "" : meal.id().value());
    id.setReadOnly(!isNew);
    name.setValue(meal == null ? "" : meal.name());
    servedFrom.setValue(meal == null ? null : meal.service().from());
    servedTo.setValue(meal == null ? null : meal.service().to());
    opens.setValue(meal == null ? null : meal.orderingOpens());
    closes.setValue(meal == null ? null : meal.orderingCloses());
    cutOff.setValue(meal == null ? null : meal.cutOff());
    portions.setValue(meal == null ? null : meal.defaultPortions());
  }

  /** The meal period as filled in, or empty with every unfilled field marked. */
  Optional<MealPeriod> read() {
    boolean complete =
        Required.filled(id, !id.isEmpty())
            & Required.filled(name, !name.isEmpty())
            & Required.filled(servedFrom, !servedFrom.isEmpty())
            & Required.filled(servedTo, !servedTo.isEmpty())
            & Required.filled(opens, opens.getValue() != null)
            & Required.filled(closes, closes.getValue() != null)
            & Required.filled(cutOff, cutOff.getValue() != null)
            & Required.filled(portions, portions.getValue() != null);
    if (!complete || !Required.wellFormedSlug(id)) {
      return Optional.empty();
    }
    return Optional.of(
        new MealPeriod(
            new Slug(id.getValue()),
            name.getValue().strip(),
            new TimeWindow(servedFrom.getValue(), servedTo.getValue()),
            opens.getValue(),
            closes.getValue(),
            cutOff.getValue(),
            portions.getValue()));
  }

  /**
   * Places each field under its path in the configuration file, for the meal period at that path.
   */
  void placeFields(FieldProblems problems, String path) {
    problems.place(path + ".id", id);
    problems.place(path + ".name", name);
    problems.place(path + ".service", servedFrom);
    problems.place(path + ".service.to", servedTo);
    problems.place(path + ".orderingOpens", opens);
    problems.place(path + ".orderingCloses", closes);
    problems.place(path + ".cutOff", cutOff);
    problems.place(path + ".defaultPortions", portions);
  }

  private static TimePicker time(String label, String id) {
    TimePicker picker = ClockPicker.of(label);
    picker.setId(id);
    picker.setStep(Duration.ofMinutes(15));
    return picker;
  }
}
