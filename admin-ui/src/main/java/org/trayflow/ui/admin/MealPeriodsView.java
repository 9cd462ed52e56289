package org.trayflow.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.Times;
import org.trayflow.ui.TitledScreen;

/**
 * The tenant administrator's meal periods: when each meal is served, when ordering opens and
 * closes, and the cut-off. A change becomes the next configuration version, checked like an
 * imported file.
 */
@Route(value = "meal-periods", layout = MainLayout.class)
@ScreenTitle("nav.mealPeriods")
@RolesAllowed("TENANT_ADMIN")
@Dependent
public class MealPeriodsView extends VerticalLayout implements TitledScreen {

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
    meals.addColumn(MealPeriod::name).setHeader(getTranslation("meals.meal")).setAutoWidth(true);
    meals
        .addColumn(m -> m.service().from() + "–" + m.service().to())
        .setHeader(getTranslation("meals.served"))
        .setAutoWidth(true);
    meals
        .addColumn(m -> OrderingWords.of(m.orderingOpens()))
        .setHeader(getTranslation("meals.opens"))
        .setAutoWidth(true);
    meals
        .addColumn(m -> OrderingWords.of(m.orderingCloses()))
        .setHeader(getTranslation("meals.closes"))
        .setAutoWidth(true);
    meals
        .addColumn(m -> OrderingWords.of(m.cutOff()))
        .setHeader(getTranslation("meals.cutOff"))
        .setAutoWidth(true);
    meals
        .addColumn(MealPeriod::defaultPortions)
        .setHeader(getTranslation("meals.portions"))
        .setAutoWidth(true);
    meals.setAllRowsVisible(true);
    meals
        .asSingleSelect()
        .addValueChangeListener(
            event -> {
              if (event.getValue() != null) {
                edit(mealPeriods().indexOf(event.getValue()), event.getValue());
              }
            });
    Button add = new Button(getTranslation("meals.new"), click -> edit(mealPeriods().size(), null));
    add.setId("new-meal");
    Button save = new Button(getTranslation("action.save"), click -> save());
    save.setId("save-meal");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button remove = new Button(getTranslation("meals.remove"), click -> remove());
    remove.setId("remove-meal");
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
    add(
        new H2(getTranslation("nav.mealPeriods")),
        Times.zoneParagraph(configurations),
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
            ? getTranslation("meals.choose")
            : isNew ? getTranslation("meals.new") : meal.name());
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
