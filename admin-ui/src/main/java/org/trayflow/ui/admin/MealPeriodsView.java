package org.trayflow.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.ui.FieldProblems;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.OrderingWords;

/**
 * The tenant administrator's meal periods: when each meal is served, when ordering opens and
 * closes, and the cut-off. A change becomes the next configuration version, checked like an
 * imported file.
 */
@Route(value = "meal-periods", layout = MainLayout.class)
@PageTitle("Meal periods · Trayflow")
@RolesAllowed("TENANT_ADMIN")
@Dependent
public class MealPeriodsView extends VerticalLayout {

  private final TenantConfigurations configurations;
  private final Grid<MealPeriod> meals = new Grid<>();
  private final MealPeriodForm form = new MealPeriodForm();
  private final FieldProblems problems = new FieldProblems("meal-problems");
  private final ConfigurationChangeApplier applier;
  private final H3 editing = new H3();
  private int index = -1;

  @Inject
  public MealPeriodsView(TenantConfigurations configurations) {
    this.configurations = configurations;
    this.applier =
        new ConfigurationChangeApplier(
            configurations,
            problems,
            () -> {
              refresh();
              edit(-1, null);
            });
    meals.setId("meal-periods");
    meals.addColumn(MealPeriod::name).setHeader("Meal").setAutoWidth(true);
    meals
        .addColumn(m -> m.service().from() + "–" + m.service().to())
        .setHeader("Served")
        .setAutoWidth(true);
    meals
        .addColumn(m -> OrderingWords.of(m.orderingOpens()))
        .setHeader("Ordering opens")
        .setAutoWidth(true);
    meals
        .addColumn(m -> OrderingWords.of(m.orderingCloses()))
        .setHeader("Ordering closes")
        .setAutoWidth(true);
    meals.addColumn(m -> OrderingWords.of(m.cutOff())).setHeader("Cut-off").setAutoWidth(true);
    meals.addColumn(MealPeriod::defaultPortions).setHeader("Portions per dish").setAutoWidth(true);
    meals.setAllRowsVisible(true);
    meals
        .asSingleSelect()
        .addValueChangeListener(
            event -> {
              if (event.getValue() != null) {
                edit(mealPeriods().indexOf(event.getValue()), event.getValue());
              }
            });
    Button add = new Button("New meal period", click -> edit(mealPeriods().size(), null));
    add.setId("new-meal");
    Button save = new Button("Save", click -> save());
    save.setId("save-meal");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button remove = new Button("Remove this meal period", click -> remove());
    remove.setId("remove-meal");
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
    add(
        new H2("Meal periods"),
        meals,
        add,
        editing,
        problems.unplaced(),
        form,
        new HorizontalLayout(save, remove));
    refresh();
    edit(-1, null);
  }

  private void edit(int at, MealPeriod meal) {
    index = at;
    boolean isNew = meal == null;
    editing.setText(
        at < 0
            ? "Choose a meal period to change, or add one"
            : isNew ? "New meal period" : meal.name());
    form.setVisible(at >= 0);
    problems.forgetPlaces();
    form.placeFields(problems, "mealPeriods[" + at + "]");
    form.show(meal, isNew);
  }

  private void save() {
    form.read()
        .ifPresent(
            meal ->
                applier.apply(
                    configuration ->
                        configuration.withMealPeriods(
                            Editing.replaceOrAppend(configuration.mealPeriods(), index, meal))));
  }

  private void remove() {
    if (index >= 0 && index < mealPeriods().size()) {
      applier.apply(
          configuration -> {
            List<MealPeriod> changed = new ArrayList<>(configuration.mealPeriods());
            changed.remove(index);
            return configuration.withMealPeriods(changed);
          });
    }
  }

  private void refresh() {
    meals.setItems(mealPeriods());
  }

  private List<MealPeriod> mealPeriods() {
    return configurations.mealPeriods();
  }
}
