package org.trayflow.ui.kitchen;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.trayflow.kitchen.KitchenProgress;
import org.trayflow.kitchen.PrintedFor;
import org.trayflow.kitchen.Production;
import org.trayflow.kitchen.ProductionCsv;
import org.trayflow.kitchen.ProductionSheets;
import org.trayflow.kitchen.ProductionTallies;
import org.trayflow.kitchen.TrayTickets;
import org.trayflow.ordering.OrderStatus;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.TenantConfiguration;
import org.trayflow.ui.DayPicker;
import org.trayflow.ui.DietNames;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.TitledScreen;
import org.trayflow.ui.Translations;

/**
 * The kitchen's day at a glance, refreshed every 15 seconds: each meal's dishes ordered against
 * planned (sold-out ones in red), the portions per location and diet, the orders moved on a step at
 * a time, and the sheets to print.
 */
@Route(value = "kitchen/dashboard", layout = MainLayout.class)
@ScreenTitle("nav.kitchen")
@RolesAllowed({"KITCHEN_MANAGER", "TENANT_ADMIN"})
@Dependent
public class KitchenDashboardView extends VerticalLayout implements TitledScreen {

  private static final int REFRESH_MILLIS = 15_000;

  private final ProductionTallies tallies;
  private final KitchenProgress progress;
  private final TrayTickets trays;
  private final TenantConfiguration hospital;
  private final Select<TenantSummary.SiteSummary> site = new Select<>();
  private final DatePicker day = DayPicker.of(getTranslation("ward.day"), "kitchen-day");
  private final Div meals = new Div();

  @Inject
  public KitchenDashboardView(
      ProductionTallies tallies,
      KitchenProgress progress,
      TrayTickets trays,
      Sites sites,
      TenantConfigurations configurations,
      Clock clock) {
    this.tallies = tallies;
    this.progress = progress;
    this.trays = trays;
    this.hospital = configurations.configuration().orElseThrow();
    site.setLabel(getTranslation("order.site"));
    site.setId("kitchen-site");
    site.setItems(sites.listSites());
    site.setItemLabelGenerator(TenantSummary.SiteSummary::name);
    day.setValue(LocalDate.now(clock.withZone(hospital.timeZone())));
    meals.setId("kitchen-meals");
    meals.setWidthFull();
    HorizontalLayout choose = new HorizontalLayout(site, day);
    choose.setAlignItems(FlexComponent.Alignment.BASELINE);
    site.addValueChangeListener(change -> showDay());
    day.addValueChangeListener(change -> showDay());
    add(new H2(getTranslation("nav.kitchen")), choose, meals);
    sites.listSites().stream().findFirst().ifPresent(site::setValue);
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    attach.getUI().setPollInterval(REFRESH_MILLIS);
    attach.getUI().addPollListener(poll -> refresh());
  }

  /** A site or day chosen: each meal's section, with the buttons and links it keeps. */
  private void showDay() {
    meals.removeAll();
    if (site.getValue() == null || day.getValue() == null) {
      return;
    }
    hospital.mealPeriods().forEach(meal -> meals.add(new MealSection(meal)));
    refresh();
  }

  /**
   * Every 15 seconds and after a move, the figures only: a link rebuilt under a cook's finger would
   * lose its download, so the buttons and links stay and read the figures when clicked.
   */
  private void refresh() {
    meals.getChildren().map(MealSection.class::cast).forEach(MealSection::refresh);
  }

  /** One meal of the day: its figures, refreshed, above its steps and sheets, kept. */
  private final class MealSection extends Div {

    private final MealPeriod meal;
    private final Div figures = new Div();
    private final HorizontalLayout actions;

    MealSection(MealPeriod meal) {
      this.meal = meal;
      this.actions = actions(meal, site.getValue().slug(), day.getValue());
      setId("meal-" + meal.id().value());
      addClassName("kitchen-meal");
      add(figures, actions);
    }

    void refresh() {
      figures.removeAll();
      Production production = tallies.of(site.getValue().slug(), day.getValue(), meal.id().value());
      figures(meal, production).forEach(figures::add);
      actions.setVisible(!production.dishes().isEmpty());
    }
  }

  private List<Component> figures(MealPeriod meal, Production production) {
    List<Component> section = new ArrayList<>();
    section.add(
        new H3(
            meal.name()
                + " · "
                + Translations.counted("kitchen.portionsOrdered", production.portionsOrdered())));
    if (production.dishes().isEmpty()) {
      section.add(new Paragraph(getTranslation("kitchen.nothingPlanned")));
      return section;
    }
    section.add(new Html("<div class='dish-chart'>" + DishBars.of(production.dishes()) + "</div>"));
    String soldOut =
        production.dishes().stream()
            .filter(Production.Dish::soldOut)
            .map(Production.Dish::name)
            .collect(Collectors.joining(", "));
    if (!soldOut.isEmpty()) {
      Paragraph warning = new Paragraph(getTranslation("kitchen.soldOut", soldOut));
      warning.addClassName("sold-out");
      warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
      section.add(warning);
    }
    section.add(
        new Paragraph(
            getTranslation(
                "kitchen.byLocation",
                production.byLocation().stream()
                    .map(line -> line.location() + " " + line.portions() + " × " + line.dish())
                    .collect(Collectors.joining("; ")))));
    if (!production.byDiet().isEmpty()) {
      section.add(
          new Paragraph(
              getTranslation(
                  "kitchen.byDiet",
                  production.byDiet().entrySet().stream()
                      .map(diet -> diet.getKey() + " " + diet.getValue())
                      .collect(Collectors.joining(", ")))));
    }
    if (!production.patientMealsByDiet().isEmpty()) {
      section.add(
          new Paragraph(
              getTranslation(
                  "kitchen.patientMealsByDiet",
                  production.patientMealsByDiet().entrySet().stream()
                      .map(diet -> DietNames.ofWord(diet.getKey()) + " " + diet.getValue())
                      .collect(Collectors.joining(", ")))));
    }
    if (production.flaggedMeals() > 0) {
      Paragraph held =
          new Paragraph(Translations.counted("kitchen.heldBack", production.flaggedMeals()));
      held.addClassName("held-back");
      held.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
      section.add(held);
    }
    if (!production.lateTrays().isEmpty()) {
      Div late =
          new Div(
              new Span(Translations.counted("kitchen.lateTrays", production.lateTrays().size())));
      late.addClassName("late-trays");
      late.getStyle()
          .set("border-left", "4px solid var(--lumo-warning-color, orange)")
          .set("padding-left", "0.5em")
          .set("font-weight", "600");
      production
          .lateTrays()
          .forEach(
              tray -> {
                Div line =
                    new Div(
                        new Span(
                            getTranslation(
                                "kitchen.lateTray",
                                tray.ward(),
                                tray.bed(),
                                tray.dishes(),
                                tray.reason())));
                line.addClassName("late-tray");
                line.getStyle().set("font-weight", "400");
                late.add(line);
              });
      section.add(late);
    }
    section.add(
        new Paragraph(
            getTranslation(
                "kitchen.orders",
                production.ordersByStatus().entrySet().stream()
                    .map(
                        status ->
                            getTranslation("stage." + OrderStatus.valueOf(status.getKey()).name())
                                + " "
                                + status.getValue())
                    .collect(Collectors.joining(", ")))));
    return section;
  }

  /** The meal's steps and sheets; each sheet is made when clicked, as of the click. */
  private HorizontalLayout actions(MealPeriod meal, String siteSlug, LocalDate date) {
    String mealId = meal.id().value();
    PrintedFor printedFor = PrintedFor.of(hospital, siteSlug, mealId, date);
    HorizontalLayout actions =
        new HorizontalLayout(
            step(meal, OrderStatus.IN_PREPARATION, getTranslation("kitchen.step.IN_PREPARATION")),
            step(meal, OrderStatus.READY, getTranslation("kitchen.step.READY")),
            step(meal, OrderStatus.DELIVERED, getTranslation("kitchen.step.DELIVERED")),
            step(meal, OrderStatus.COLLECTED, getTranslation("kitchen.step.COLLECTED")),
            download(
                "CSV",
                "production.csv",
                "text/csv",
                () ->
                    ProductionCsv.of(tallies.of(siteSlug, date, mealId))
                        .getBytes(StandardCharsets.UTF_8)),
            download(
                getTranslation("kitchen.productionSheet"),
                "production-sheet.pdf",
                "application/pdf",
                () ->
                    ProductionSheets.productionSheet(
                        tallies.of(siteSlug, date, mealId), printedFor)),
            download(
                getTranslation("kitchen.orderTickets"),
                "order-tickets.pdf",
                "application/pdf",
                () ->
                    ProductionSheets.orderTickets(
                        tallies.tickets(siteSlug, date, mealId), printedFor)),
            download(
                getTranslation("kitchen.trayTickets"),
                "tray-tickets.pdf",
                "application/pdf",
                () -> trays.pdf(siteSlug, date, mealId)));
    actions.setWrap(true);
    actions.setAlignItems(FlexComponent.Alignment.BASELINE);
    return actions;
  }

  private Button step(MealPeriod meal, OrderStatus to, String label) {
    Button step =
        new Button(
            label,
            click ->
                new MoveOrdersDialog(
                        progress,
                        tallies.tickets(site.getValue().slug(), day.getValue(), meal.id().value()),
                        site.getValue().slug(),
                        day.getValue(),
                        meal,
                        to,
                        this::refresh)
                    .open());
    step.setId("step-" + meal.id().value() + "-" + to.word());
    return step;
  }

  /** Made when clicked, so that what is printed is as of the click. */
  private static Anchor download(String label, String file, String type, Supplier<byte[]> content) {
    Anchor link =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  byte[] bytes = content.get();
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes), file, type, bytes.length);
                }),
            label);
    link.addClassName("download-" + file.replace('.', '-'));
    return link;
  }
}
