package org.trayflow.ui.hospital;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.signin.CurrentUser;

/** The signed-in person's own hospital organisation and its sites: never another's. */
@Route(value = "my-hospital", layout = MainLayout.class)
@PageTitle("My hospital · Trayflow")
@RolesAllowed({"STAFF", "WARD_STAFF", "KITCHEN_MANAGER", "TENANT_ADMIN"})
@Dependent
public class MyHospitalView extends VerticalLayout {

  @Inject
  public MyHospitalView(Sites sites) {
    Grid<TenantSummary.SiteSummary> grid = new Grid<>();
    grid.setId("sites");
    grid.addColumn(TenantSummary.SiteSummary::name).setHeader("Site");
    grid.addColumn(TenantSummary.SiteSummary::slug).setHeader("Slug");
    grid.setItems(sites.listSites());
    grid.setAllRowsVisible(true);
    String tenant = CurrentUser.get().flatMap(user -> user.tenantSlug()).orElse("");
    add(new H2("Sites of " + tenant), grid);
  }
}
