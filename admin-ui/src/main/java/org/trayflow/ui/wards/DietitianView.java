package org.trayflow.ui.wards;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trayflow.identity.SignedInUser;
import org.trayflow.patients.DietOrders;
import org.trayflow.patients.DietitianWorklist;
import org.trayflow.patients.DietitianWorklist.Item;
import org.trayflow.patients.DietitianWorklist.Work;
import org.trayflow.patients.Patient;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.TenantConfiguration;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.Times;
import org.trayflow.ui.TitledScreen;
import org.trayflow.ui.Translations;
import org.trayflow.ui.signin.CurrentUser;

/**
 * A dietitian's start page: what needs them across every ward, most urgent first, each with the
 * patient's ward and bed and the way to settle it from here (a diet order, the allergies). What is
 * settled leaves the list.
 */
@Route(value = "dietitian", layout = MainLayout.class)
@ScreenTitle("screen.dietitian")
@RolesAllowed("DIETITIAN")
@Dependent
public class DietitianView extends VerticalLayout implements TitledScreen {

  private final DietitianWorklist worklist;
  private final DietOrders dietOrders;
  private final TenantConfiguration hospital;
  private final SignedInUser user = CurrentUser.get().orElseThrow();
  private final Map<String, String> wardNames = new HashMap<>();
  private final Div sections = new Div();

  @Inject
  public DietitianView(
      DietitianWorklist worklist,
      DietOrders dietOrders,
      Sites sites,
      TenantConfigurations configurations) {
    this.worklist = worklist;
    this.dietOrders = dietOrders;
    this.hospital = configurations.configuration().orElseThrow();
    sites
        .listLocations()
        .forEach(
            (site, locations) ->
                locations.forEach(
                    location -> wardNames.put(site + "/" + location.slug(), location.name())));
    sections.setId("dietitian-work");
    sections.setWidthFull();
    add(new H2(getTranslation("dietitian.title")), sections);
    refresh();
  }

  private void refresh() {
    sections.removeAll();
    Map<Work, List<Item>> work = worklist.now();
    for (Work kind : Work.values()) {
      List<Item> items = work.get(kind);
      Div section = new Div();
      section.setId("work-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      section.addClassName("work-section");
      H3 heading =
          new H3(
              getTranslation("dietitian.work." + kind.name())
                  + " · "
                  + Translations.counted("dietitian.count." + kind.name(), items.size()));
      heading.getStyle().set("margin-bottom", "0.25em");
      section.add(heading);
      if (items.isEmpty()) {
        Paragraph none = new Paragraph(getTranslation("dietitian.nothing"));
        none.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        section.add(none);
      }
      items.forEach(item -> section.add(row(item)));
      sections.add(section);
    }
  }

  /** The patient, where they are and what is asked, then what can be done about it here. */
  private Div row(Item item) {
    Patient patient = item.patient();
    Div row = new Div();
    row.addClassName("work-item");
    row.getStyle()
        .set(
            "border-left",
            "4px solid "
                + (item.work() == Work.FROM_THE_RECORD
                    ? "var(--lumo-contrast-30pct)"
                    : "var(--lumo-error-color)"))
        .set("padding", "0.25em 0.5em")
        .set("margin", "0.25em 0")
        .set("display", "flex")
        .set("flex-wrap", "wrap")
        .set("gap", "0.25em 1em")
        .set("align-items", "baseline");
    Span who =
        new Span(
            getTranslation(
                "dietitian.patient",
                patient.displayName(),
                wardNames.getOrDefault(
                    patient.site() + "/" + patient.ward(), getTranslation("dietitian.noWard")),
                patient.bed()));
    who.addClassName("work-patient");
    who.getStyle().set("font-weight", "600");
    Span what =
        new Span(
            item.what()
                + (item.work() == Work.FROM_THE_RECORD || item.work() == Work.FLAGGED_MEAL
                    ? " · " + Times.dayTime().format(item.at().atZone(hospital.timeZone()))
                    : ""));
    what.addClassName("work-what");
    what.getStyle().set("flex", "1 1 16em");
    row.add(who, what);
    if (patient.inHospital()) {
      Button diet =
          new Button(
              getTranslation("ward.dietOrder"),
              click ->
                  new DietOrderDialog(
                          dietOrders,
                          patient,
                          dietOrders.inForceNow(patient.id()),
                          hospital.timeZone(),
                          user.username(),
                          this::refresh)
                      .open());
      diet.addThemeVariants(ButtonVariant.LUMO_SMALL);
      diet.addClassName("work-diet-order");
      Button allergies =
          new Button(
              getTranslation("ward.allergiesButton"),
              click ->
                  new AllergiesDialog(
                          dietOrders,
                          patient,
                          hospital.allergenPolicy().scheme(),
                          user.username(),
                          this::refresh)
                      .open());
      allergies.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      allergies.addClassName("work-allergies");
      row.add(diet, allergies);
    }
    return row;
  }
}
