package org.trayflow.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.SiteConfiguration;
import org.trayflow.tenantconfig.TenantConfiguration;
import org.trayflow.ui.FieldProblems;
import org.trayflow.ui.MainLayout;

/**
 * The tenant administrator's sites: each hospital or campus, its lunch rush, and its wards,
 * departments and pick-up points. A site is never deleted here (orders and menus refer to it); a
 * site left out of the configuration file is closed.
 */
@Route(value = "sites", layout = MainLayout.class)
@PageTitle("Sites · Trayflow")
@RolesAllowed("TENANT_ADMIN")
@Dependent
public class SitesView extends VerticalLayout {

  private final TenantConfigurations configurations;
  private final Grid<SiteConfiguration> sites = new Grid<>();
  private final SiteForm form = new SiteForm();
  private final FieldProblems problems = new FieldProblems("site-problems");
  private final ConfigurationChangeApplier applier;
  private final H3 editing = new H3();
  private int index = -1;

  @Inject
  public SitesView(TenantConfigurations configurations) {
    this.configurations = configurations;
    this.applier =
        new ConfigurationChangeApplier(
            configurations,
            problems,
            () -> {
              refresh();
              edit(-1, null);
            });
    sites.setId("sites");
    sites.addColumn(SiteConfiguration::name).setHeader("Site").setAutoWidth(true).setFlexGrow(0);
    sites
        .addColumn(s -> s.lunchWindow().from() + "–" + s.lunchWindow().to())
        .setHeader("Lunch rush")
        .setAutoWidth(true)
        .setFlexGrow(0);
    sites
        .addColumn(s -> s.locations().stream().map(l -> l.name()).collect(Collectors.joining(", ")))
        .setHeader("Wards, departments and pick-up points");
    sites.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    sites.setAllRowsVisible(true);
    sites
        .asSingleSelect()
        .addValueChangeListener(
            event -> {
              if (event.getValue() != null) {
                edit(siteList().indexOf(event.getValue()), event.getValue());
              }
            });
    Button add = new Button("New site", click -> edit(siteList().size(), null));
    add.setId("new-site");
    Button save = new Button("Save", click -> save());
    save.setId("save-site");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2("Sites"), sites, add, editing, problems.unplaced(), form, save);
    refresh();
    edit(-1, null);
  }

  private void edit(int at, SiteConfiguration site) {
    index = at;
    editing.setText(
        at < 0 ? "Choose a site to change, or add one" : site == null ? "New site" : site.name());
    form.setVisible(at >= 0);
    form.show(site, problems, "sites[" + at + "]");
  }

  private void save() {
    form.read()
        .ifPresent(
            site ->
                applier.apply(
                    configuration ->
                        configuration.withSites(
                            Editing.replaceOrAppend(configuration.sites(), index, site))));
  }

  private void refresh() {
    sites.setItems(siteList());
  }

  private List<SiteConfiguration> siteList() {
    return configurations.configuration().map(TenantConfiguration::sites).orElse(List.of());
  }
}
