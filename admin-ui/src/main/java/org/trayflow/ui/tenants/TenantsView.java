package org.trayflow.ui.tenants;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.ui.MainLayout;

/** The hospital organisations on this Trayflow installation, with their sites. */
@Route(value = "hospitals", layout = MainLayout.class)
@RolesAllowed({"PLATFORM_ADMIN", "OPS"})
@PageTitle("Hospitals · Trayflow")
@Dependent
public class TenantsView extends VerticalLayout {

  @Inject
  public TenantsView(TenantDirectory directory) {
    Grid<TenantSummary> tenants = new Grid<>();
    tenants.setId("tenants");
    tenants.addColumn(TenantSummary::name).setHeader("Hospital organisation").setAutoWidth(true).setFlexGrow(0);
    tenants.addColumn(TenantSummary::slug).setHeader("Slug").setAutoWidth(true).setFlexGrow(0);
    tenants.addColumn(TenantSummary::timeZone).setHeader("Time zone").setAutoWidth(true).setFlexGrow(0);
    tenants.addColumn(TenantsView::siteNames).setHeader("Sites").setFlexGrow(1);
    tenants.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    tenants.setItems(directory.listTenants());
    tenants.setAllRowsVisible(true);

    add(new H2("Hospitals"), tenants);
  }

  private static String siteNames(TenantSummary tenant) {
    return tenant.sites().stream().map(TenantSummary.SiteSummary::name).collect(Collectors.joining(", "));
  }
}
