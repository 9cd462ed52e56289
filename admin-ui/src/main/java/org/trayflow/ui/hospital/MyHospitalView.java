package org.trayflow.ui.hospital;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.trayflow.tenancy.LocationSummary;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.ui.HospitalName;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.OrderingWords;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.Times;
import org.trayflow.ui.TitledScreen;

/**
 * The signed-in person's own hospital organisation: its sites with their wards and pick-up points,
 * and when each meal can be ordered. Never another organisation's.
 */
@Route(value = "my-hospital", layout = MainLayout.class)
@ScreenTitle("nav.myHospital")
@RolesAllowed({"STAFF", "WARD_STAFF", "KITCHEN_MANAGER", "TENANT_ADMIN"})
@Dependent
public class MyHospitalView extends VerticalLayout implements TitledScreen {

  @Inject
  public MyHospitalView(Sites sites, TenantConfigurations configurations) {
    Map<String, List<LocationSummary>> locations = sites.listLocations();
    Grid<TenantSummary.SiteSummary> siteGrid = new Grid<>();
    siteGrid.setId("sites");
    siteGrid
        .addColumn(TenantSummary.SiteSummary::name)
        .setHeader(getTranslation("order.site"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    siteGrid
        .addColumn(
            site ->
                locations.getOrDefault(site.slug(), List.of()).stream()
                    .map(l -> l.name() + " (" + getTranslation("location." + l.kind()) + ")")
                    .collect(Collectors.joining(", ")))
        .setHeader(getTranslation("hospital.locations"));
    siteGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    siteGrid.setItems(sites.listSites());
    siteGrid.setAllRowsVisible(true);

    Grid<MealPeriod> meals = new Grid<>();
    meals.setId("meal-periods");
    meals
        .addColumn(MealPeriod::name)
        .setHeader(getTranslation("order.meal"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    meals
        .addColumn(m -> m.service().from() + "–" + m.service().to())
        .setHeader(getTranslation("hospital.served"))
        .setAutoWidth(true);
    meals
        .addColumn(m -> OrderingWords.of(m.orderingOpens()))
        .setHeader(getTranslation("hospital.opens"))
        .setAutoWidth(true);
    meals
        .addColumn(m -> OrderingWords.of(m.orderingCloses()))
        .setHeader(getTranslation("hospital.closes"))
        .setAutoWidth(true);
    meals
        .addColumn(m -> OrderingWords.of(m.cutOff()))
        .setHeader(getTranslation("hospital.changesUntil"))
        .setAutoWidth(true);
    meals.setItems(configurations.mealPeriods());
    meals.setAllRowsVisible(true);

    add(
        new H2(getTranslation("hospital.sitesOf", HospitalName.of(configurations))),
        siteGrid,
        new H3(getTranslation("hospital.meals")),
        Times.zoneParagraph(configurations),
        meals);
  }
}
