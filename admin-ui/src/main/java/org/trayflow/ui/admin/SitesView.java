package org.trayflow.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.stream.Collectors;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.SiteConfiguration;
import org.trayflow.tenantconfig.TenantConfiguration;
import org.trayflow.ui.FieldProblems;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.Times;
import org.trayflow.ui.TitledScreen;

/**
 * The tenant administrator's sites: each hospital or campus, its lunch rush, and its wards,
 * departments and pick-up points. A site is never deleted here (orders and menus refer to it); a
 * site left out of the configuration file is closed.
 */
@Route(value = "sites", layout = MainLayout.class)
@ScreenTitle("nav.sites")
@RolesAllowed("TENANT_ADMIN")
@Dependent
public class SitesView extends VerticalLayout implements TitledScreen {

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
    sites
        .addColumn(SiteConfiguration::name)
        .setHeader(getTranslation("sites.site"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    sites
        .addColumn(s -> s.lunchWindow().from() + "–" + s.lunchWindow().to())
        .setHeader(getTranslation("sites.lunchRush"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    sites
        .addColumn(s -> s.locations().stream().map(l -> l.name()).collect(Collectors.joining(", ")))
        .setHeader(getTranslation("sites.locations"));
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
    Button add = new Button(getTranslation("sites.new"), click -> edit(siteList().size(), null));
    add.setId("new-site");
    Button save = new Button(getTranslation("action.save"), click -> save());
    save.setId("save-site");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new H2(getTranslation("nav.sites")),
        Times.zoneParagraph(configurations),
        sites,
        add,
        editing,
        problems.unplaced(),
        form,
        save);
    refresh();
    edit(-1, null);
  }

  private void edit(int at, SiteConfiguration site) {
    index = at;
    editing.setText(
        at < 0
            ? getTranslation("sites.choose")
            : site == null ? getTranslation("sites.new") : site.name());
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
