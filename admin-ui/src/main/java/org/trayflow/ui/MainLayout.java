package org.trayflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import org.trayflow.identity.SignedInUser;
import org.trayflow.notifications.Inbox;
import org.trayflow.ui.admin.AuditLogView;
import org.trayflow.ui.admin.ConfigurationView;
import org.trayflow.ui.admin.MealPeriodsView;
import org.trayflow.ui.admin.PeopleView;
import org.trayflow.ui.admin.SitesView;
import org.trayflow.ui.hospital.MyHospitalView;
import org.trayflow.ui.kitchen.DishCatalogueView;
import org.trayflow.ui.kitchen.KitchenDashboardView;
import org.trayflow.ui.kitchen.WeekPlannerView;
import org.trayflow.ui.notifications.DeadLettersView;
import org.trayflow.ui.notifications.InboxView;
import org.trayflow.ui.notifications.NotificationSettingsView;
import org.trayflow.ui.ops.LunchWindowView;
import org.trayflow.ui.ordering.OrderMealView;
import org.trayflow.ui.signin.ChoosePasswordView;
import org.trayflow.ui.signin.CurrentUser;
import org.trayflow.ui.signin.LoginView;
import org.trayflow.ui.signin.Navigation;
import org.trayflow.ui.tenants.TenantsView;
import org.trayflow.ui.wards.DietitianView;
import org.trayflow.ui.wards.WardView;

/**
 * The frame around every view: the product name, who is signed in, and the views their roles open.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

  private SideNavItem inbox;

  public MainLayout() {
    H1 title = new H1("Trayflow");
    title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
    HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title);
    navbar.setWidthFull();
    navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
    CurrentUser.get().ifPresent(user -> navbar.addToEnd(signedIn(user)));
    addToNavbar(navbar);

    SideNav nav = new SideNav();
    CurrentUser.get()
        .ifPresent(
            user -> {
              if (Navigation.mayOpen(user, TenantsView.class)) {
                nav.addItem(
                    new SideNavItem("Hospitals", TenantsView.class, VaadinIcon.HOSPITAL.create()));
              }
              if (Navigation.mayOpen(user, LunchWindowView.class)) {
                nav.addItem(
                    new SideNavItem(
                        "Lunch window", LunchWindowView.class, VaadinIcon.DASHBOARD.create()));
              }
              if (Navigation.mayOpen(user, OrderMealView.class)) {
                nav.addItem(
                    new SideNavItem("Order a meal", OrderMealView.class, VaadinIcon.CART.create()));
              }
              if (Navigation.mayOpen(user, DietitianView.class)) {
                nav.addItem(
                    new SideNavItem(
                        "Your patients", DietitianView.class, VaadinIcon.STETHOSCOPE.create()));
              }
              if (Navigation.mayOpen(user, WardView.class)) {
                nav.addItem(new SideNavItem("Ward", WardView.class, VaadinIcon.BED.create()));
              }
              if (Navigation.mayOpen(user, InboxView.class)) {
                inbox = new SideNavItem("Inbox", InboxView.class, VaadinIcon.ENVELOPE.create());
                nav.addItem(inbox);
                nav.addItem(
                    new SideNavItem(
                        "Notifications", NotificationSettingsView.class, VaadinIcon.BELL.create()));
              }
              if (Navigation.mayOpen(user, MyHospitalView.class)) {
                nav.addItem(
                    new SideNavItem(
                        "My hospital", MyHospitalView.class, VaadinIcon.BUILDING.create()));
              }
              if (Navigation.mayOpen(user, WeekPlannerView.class)) {
                nav.addItem(
                    new SideNavItem(
                        "Kitchen", KitchenDashboardView.class, VaadinIcon.CHART.create()));
                nav.addItem(
                    new SideNavItem(
                        "Week planner", WeekPlannerView.class, VaadinIcon.CALENDAR.create()));
                nav.addItem(
                    new SideNavItem(
                        "Dishes", DishCatalogueView.class, VaadinIcon.CUTLERY.create()));
              }
              if (Navigation.mayOpen(user, ConfigurationView.class)) {
                nav.addItem(
                    new SideNavItem("Sites", SitesView.class, VaadinIcon.MAP_MARKER.create()));
                nav.addItem(
                    new SideNavItem(
                        "Meal periods", MealPeriodsView.class, VaadinIcon.CLOCK.create()));
                nav.addItem(
                    new SideNavItem(
                        "Configuration", ConfigurationView.class, VaadinIcon.COG.create()));
                nav.addItem(new SideNavItem("People", PeopleView.class, VaadinIcon.USERS.create()));
                nav.addItem(
                    new SideNavItem("Audit log", AuditLogView.class, VaadinIcon.LIST.create()));
                nav.addItem(
                    new SideNavItem(
                        "Undelivered", DeadLettersView.class, VaadinIcon.WARNING.create()));
              }
              if (user.hasTrayflowPassword()) {
                SideNavItem password =
                    new SideNavItem(
                        "Your password", ChoosePasswordView.class, VaadinIcon.KEY.create());
                password.setId("your-password");
                nav.addItem(password);
              }
            });
    addToDrawer(nav);
  }

  /** The unread count follows every page change (opening the inbox reads it all). */
  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    if (inbox != null) {
      CurrentUser.get().ifPresent(user -> inbox.setSuffixComponent(unreadBadge(user).orElse(null)));
    }
  }

  /** How many messages wait unread; none shown when there are none. */
  private static Optional<Span> unreadBadge(SignedInUser user) {
    long unread = CDI.current().select(Inbox.class).get().unread(user.username());
    if (unread == 0) {
      return Optional.empty();
    }
    Span badge = new Span(String.valueOf(unread));
    badge.setId("unread-badge");
    badge.getElement().setAttribute("aria-label", unread + " unread");
    badge
        .getStyle()
        .set("background", "var(--lumo-primary-color)")
        .set("color", "var(--lumo-primary-contrast-color)")
        .set("border-radius", "1em")
        .set("padding", "0 0.5em")
        .set("font-size", "var(--lumo-font-size-xs)")
        .set("font-weight", "600");
    return Optional.of(badge);
  }

  private static HorizontalLayout signedIn(SignedInUser user) {
    Button signOut =
        new Button(
            "Sign out",
            VaadinIcon.SIGN_OUT.create(),
            click -> {
              String login =
                  VaadinService.getCurrentRequest().getContextPath()
                      + "/login?"
                      + LoginView.SIGNED_OUT;
              VaadinSession.getCurrent().getSession().invalidate();
              UI.getCurrent().getPage().setLocation(login);
            });
    signOut.setId("sign-out");
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    Span who = new Span(user.displayName());
    who.setId("signed-in-as");
    HorizontalLayout box = new HorizontalLayout(who, signOut);
    box.setAlignItems(HorizontalLayout.Alignment.CENTER);
    box.addClassNames(LumoUtility.Padding.Right.MEDIUM);
    return box;
  }
}
