package org.trayflow.ui.kitchen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.trayflow.identity.SignedInUser;
import org.trayflow.menus.CatalogueFilter;
import org.trayflow.menus.MenuCatalogue;
import org.trayflow.menus.MenuConflict;
import org.trayflow.menus.MenuDraft;
import org.trayflow.menus.MenuItem;
import org.trayflow.menus.MenuNotPublishable;
import org.trayflow.menus.MenuWeek;
import org.trayflow.menus.PublishOutcome;
import org.trayflow.menus.PublishedMenus;
import org.trayflow.menus.WeekPlanner;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.ui.DayPicker;
import org.trayflow.ui.FailureWords;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.Times;
import org.trayflow.ui.TitledScreen;
import org.trayflow.ui.signin.CurrentUser;

/**
 * The kitchen manager's week: meals down, days across, each cell the dishes planned with their
 * portions, which are changed (or the dish removed) in the cell. Dishes are added one day at a time
 * or for a whole week; publishing makes the draft the week's next version.
 */
@Route(value = "kitchen/planner", layout = MainLayout.class)
@ScreenTitle("nav.weekPlanner")
@RolesAllowed("KITCHEN_MANAGER")
@Dependent
public class WeekPlannerView extends VerticalLayout implements TitledScreen {

  private static final LocalDate ALL_WEEK = LocalDate.MIN;

  private final WeekPlanner planner;
  private final PublishedMenus published;
  private final SignedInUser user = CurrentUser.get().orElseThrow();
  private final Select<TenantSummary.SiteSummary> site = new Select<>();
  private final DatePicker week = DayPicker.of(getTranslation("planner.weekOf"), "planner-week");
  private final H3 heading = new H3();
  private final Paragraph publishedVersion = new Paragraph();
  private final Grid<MealPeriod> grid = new Grid<>();
  private final Select<LocalDate> day = new Select<>();
  private final Select<MealPeriod> meal = new Select<>();
  private final ComboBox<MenuItem> dish = new ComboBox<>(getTranslation("catalogue.dish"));
  private final IntegerField portions = new IntegerField(getTranslation("planner.portions"));
  private final UnorderedList problems = new UnorderedList();
  private final VerticalLayout draftArea = new VerticalLayout();
  private MenuDraft draft;

  @Inject
  public WeekPlannerView(
      WeekPlanner planner,
      PublishedMenus published,
      MenuCatalogue catalogue,
      Sites sites,
      TenantConfigurations configurations) {
    this.planner = planner;
    this.published = published;
    List<MealPeriod> meals = configurations.mealPeriods();
    site.setLabel(getTranslation("order.site"));
    site.setId("planner-site");
    site.setItems(sites.listSites());
    site.setItemLabelGenerator(TenantSummary.SiteSummary::name);
    week.setValue(LocalDate.now(user.timeZone().orElse(java.time.ZoneOffset.UTC)).plusWeeks(1));
    Button open = new Button(getTranslation("planner.open"), click -> open(false));
    open.setId("open-week");
    Button copy = new Button(getTranslation("planner.copy"), click -> open(true));
    copy.setId("copy-last-week");
    IntegerField cycleWeeks = new IntegerField(getTranslation("planner.cycle"));
    cycleWeeks.setValue(3);
    cycleWeeks.setMin(1);
    cycleWeeks.setMax(8);
    IntegerField weeksAhead = new IntegerField(getTranslation("planner.weeksAhead"));
    weeksAhead.setValue(6);
    weeksAhead.setMin(1);
    weeksAhead.setMax(26);
    Button cycle =
        new Button(
            getTranslation("planner.repeat"),
            click -> repeatCycle(cycleWeeks.getValue(), weeksAhead.getValue()));
    cycle.setId("repeat-cycle");
    HorizontalLayout chooser =
        new HorizontalLayout(site, week, open, copy, cycleWeeks, weeksAhead, cycle);
    chooser.setWrap(true);
    chooser.setAlignItems(FlexComponent.Alignment.BASELINE);

    grid.setId("planner");
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
    meal.setLabel(getTranslation("order.meal"));
    meal.setId("planner-meal");
    meal.setItems(meals);
    meal.setItemLabelGenerator(MealPeriod::name);
    meal.addValueChangeListener(
        e ->
            Optional.ofNullable(e.getValue())
                .ifPresent(m -> portions.setValue(m.defaultPortions())));
    day.setLabel(getTranslation("ward.day"));
    day.setId("planner-day");
    dish.setId("planner-dish");
    dish.setItems(
        catalogue.listItems(
            new CatalogueFilter(Optional.empty(), Optional.empty(), Optional.empty(), true)));
    dish.setItemLabelGenerator(item -> item.details().name());
    dish.setWidth("22em");
    portions.setId("planner-portions");
    portions.setMin(0);
    Button plan = new Button(getTranslation("planner.plan"), click -> plan());
    plan.setId("plan-dish");
    Button remove = new Button(getTranslation("planner.remove"), click -> remove());
    remove.setId("remove-dish");
    Button publish = new Button(getTranslation("planner.publish"), click -> publish());
    publish.setId("publish");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    HorizontalLayout form = new HorizontalLayout(day, meal, dish, portions, plan, remove);
    form.setWrap(true);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    problems.setId("publish-problems");
    draftArea.setPadding(false);
    draftArea.add(heading, publishedVersion, grid, form, problems, publish);
    draftArea.setVisible(false);
    add(new H2(getTranslation("nav.weekPlanner")), chooser, draftArea);
  }

  private void open(boolean fromLastWeek) {
    if (site.getValue() == null || week.getValue() == null) {
      site.setInvalid(site.getValue() == null);
      site.setErrorMessage(getTranslation("planner.chooseSite"));
      return;
    }
    MenuWeek menuWeek = MenuWeek.containing(week.getValue());
    try {
      show(
          fromLastWeek
              ? planner.copyPreviousWeek(site.getValue().slug(), menuWeek, user.username())
              : planner.draftFor(site.getValue().slug(), menuWeek, user.username()));
    } catch (MenuConflict conflict) {
      problems.removeAll();
      problems.add(new ListItem(FailureWords.of(conflict)));
    }
  }

  /** Drafts for the weeks after the chosen one, each copied from the week one cycle before it. */
  private void repeatCycle(Integer cycleWeeks, Integer weeksAhead) {
    if (site.getValue() == null
        || week.getValue() == null
        || cycleWeeks == null
        || weeksAhead == null) {
      return;
    }
    List<MenuDraft> made =
        planner.repeatCycle(
            site.getValue().slug(),
            MenuWeek.containing(week.getValue()),
            cycleWeeks,
            weeksAhead,
            user.username());
    String weeks =
        made.stream()
            .map(d -> d.weekStart().format(Times.day()))
            .collect(java.util.stream.Collectors.joining(", "));
    com.vaadin.flow.component.notification.Notification.show(
        made.isEmpty()
            ? getTranslation("planner.allPlanned")
            : getTranslation("planner.draftsMade", made.size(), weeks),
        8000,
        com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
  }

  private void show(MenuDraft shown) {
    draft = shown;
    MenuWeek menuWeek = new MenuWeek(shown.weekStart());
    heading.setText(
        getTranslation(
            "planner.draft", site.getValue().name(), shown.weekStart().format(Times.day())));
    publishedVersion.setText(
        published
            .newestVersion(shown.site(), menuWeek)
            .map(v -> getTranslation("planner.publishedSoFar", v))
            .orElse(getTranslation("planner.notPublished")));
    grid.removeAllColumns();
    grid.addColumn(MealPeriod::name)
        .setHeader(getTranslation("order.meal"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    menuWeek
        .days()
        .forEach(
            date ->
                grid.addComponentColumn(m -> cell(date, m)).setHeader(date.format(Times.day())));
    grid.setItems(meal.getListDataView().getItems().toList());
    day.setItems(
        java.util.stream.Stream.concat(java.util.stream.Stream.of(ALL_WEEK), menuWeek.days())
            .toList());
    day.setItemLabelGenerator(
        date ->
            date.equals(ALL_WEEK) ? getTranslation("planner.allWeek") : date.format(Times.day()));
    day.setValue(ALL_WEEK);
    problems.removeAll();
    draftArea.setVisible(true);
  }

  /** A day's dishes of one meal; portions are changed and dishes removed right in the cell. */
  private Div cell(LocalDate date, MealPeriod mealPeriod) {
    Div cell = new Div();
    cell.addClassName("planner-cell");
    draft.dishes().stream()
        .filter(d -> d.day().equals(date) && d.mealPeriod().equals(mealPeriod.id().value()))
        .forEach(d -> cell.add(plannedDish(d)));
    return cell;
  }

  private HorizontalLayout plannedDish(MenuDraft.Dish planned) {
    IntegerField cellPortions = new IntegerField();
    cellPortions.setValue(planned.portions());
    cellPortions.setMin(0);
    cellPortions.setWidth("5em");
    cellPortions.addThemeVariants(com.vaadin.flow.component.textfield.TextFieldVariant.LUMO_SMALL);
    cellPortions.setAriaLabel(getTranslation("planner.portionsOf", planned.itemName()));
    cellPortions.addValueChangeListener(
        change -> {
          if (change.isFromClient() && change.getValue() != null && change.getValue() >= 0) {
            show(
                planner.planDish(
                    draft.site(),
                    draft.id(),
                    planned.day(),
                    planned.mealPeriod(),
                    planned.itemId(),
                    change.getValue()));
          }
        });
    Button drop =
        new Button(
            "×",
            click ->
                show(
                    planner.removeDish(
                        draft.site(),
                        draft.id(),
                        planned.day(),
                        planned.mealPeriod(),
                        planned.itemId())));
    drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
    drop.setAriaLabel(getTranslation("planner.removeNamed", planned.itemName()));
    HorizontalLayout line =
        new HorizontalLayout(
            new com.vaadin.flow.component.html.Span(planned.itemName()), cellPortions, drop);
    line.addClassName("planned-dish");
    line.setAlignItems(FlexComponent.Alignment.BASELINE);
    line.setSpacing(false);
    line.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
    return line;
  }

  private void plan() {
    if (meal.getValue() == null || dish.getValue() == null || portions.getValue() == null) {
      meal.setInvalid(meal.getValue() == null);
      dish.setInvalid(dish.getValue() == null);
      portions.setInvalid(portions.getValue() == null);
      return;
    }
    String mealId = meal.getValue().id().value();
    long item = dish.getValue().id();
    show(
        ALL_WEEK.equals(day.getValue())
            ? planner.planDishAllWeek(draft.site(), draft.id(), mealId, item, portions.getValue())
            : planner.planDish(
                draft.site(), draft.id(), day.getValue(), mealId, item, portions.getValue()));
  }

  private void remove() {
    if (meal.getValue() == null || dish.getValue() == null) {
      return;
    }
    List<LocalDate> days =
        ALL_WEEK.equals(day.getValue())
            ? new MenuWeek(draft.weekStart()).days().toList()
            : List.of(day.getValue());
    for (LocalDate date : days) {
      draft =
          planner.removeDish(
              draft.site(), draft.id(), date, meal.getValue().id().value(), dish.getValue().id());
    }
    show(draft);
  }

  private void publish() {
    problems.removeAll();
    try {
      PublishOutcome outcome = planner.publish(draft.site(), draft.id(), user.username());
      Dialog done = new Dialog(getTranslation("planner.published", outcome.version()));
      done.setId("published");
      UnorderedList changes = new UnorderedList();
      outcome.changes().forEach(change -> changes.add(new ListItem(change)));
      done.add(new Paragraph(getTranslation("planner.whatChanged")), changes);
      done.getFooter().add(new Button(getTranslation("action.close"), click -> done.close()));
      done.open();
      open(false);
    } catch (MenuNotPublishable notYet) {
      notYet.details().forEach(p -> problems.add(new ListItem(p.field() + ": " + p.reason())));
    }
  }
}
