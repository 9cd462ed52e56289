package org.trayflow.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.trayflow.ui.tenants.TenantsView;

/** The frame around every view: the product name and the navigation. */
public class MainLayout extends AppLayout {

  public MainLayout() {
    H1 title = new H1("Trayflow");
    title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
    addToNavbar(new DrawerToggle(), title);

    SideNav nav = new SideNav();
    nav.addItem(new SideNavItem("Hospitals", TenantsView.class, VaadinIcon.HOSPITAL.create()));
    addToDrawer(nav);
  }
}
