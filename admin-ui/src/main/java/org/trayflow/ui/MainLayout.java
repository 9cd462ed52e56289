package org.trayflow.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import org.trayflow.identity.People;
import org.trayflow.identity.SignedInUser;
import org.trayflow.notifications.Inbox;
import org.trayflow.tenantconfig.Language;
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
 * The view itself sits in the page's one main landmark, which a skip link (the first thing the
 * keyboard reaches) jumps to past the navigation. Its style sheet is served as it is, outside the
 * frontend bundle, and holds only what Lumo has no utility for (the skip link).
 */
@StyleSheet("context://styles/trayflow.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

  private final Main main = new Main();
  private SideNavItem inbox;

  public MainLayout() {
    main.setId("main-content");
    main.getElement().setAttribute("tabindex", "-1");
    main.setSizeFull();
    Anchor skip = new Anchor("#main-content", getTranslation("nav.skip"));
    skip.addClassName("skip-link");
    // not a route: the router leaves it alone, and the focus moves into the main region itself
    // (a fragment link alone moves only where the next Tab starts, not the focus)
    skip.getElement().setAttribute("router-ignore", true);
    skip.getElement()
        .executeJs(
            "this.addEventListener('click', e => {"
                + " const main = document.getElementById('main-content');"
                + " if (main) { e.preventDefault(); main.focus(); } })");
    H1 title = new H1("Trayflow");
    title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
    DrawerToggle toggle = new DrawerToggle();
    toggle.setAriaLabel(getTranslation("nav.menu"));
    HorizontalLayout navbar = new HorizontalLayout(skip, toggle, title);
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
                    new SideNavItem(
                        getTranslation("nav.hospitals"),
                        TenantsView.class,
                        VaadinIcon.HOSPITAL.create()));
              }
              if (Navigation.mayOpen(user, LunchWindowView.class)) {
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.lunchWindow"),
                        LunchWindowView.class,
                        VaadinIcon.DASHBOARD.create()));
              }
              if (Navigation.mayOpen(user, OrderMealView.class)) {
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.order"),
                        OrderMealView.class,
                        VaadinIcon.CART.create()));
              }
              if (Navigation.mayOpen(user, DietitianView.class)) {
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.yourPatients"),
                        DietitianView.class,
                        VaadinIcon.STETHOSCOPE.create()));
              }
              if (Navigation.mayOpen(user, WardView.class)) {
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.ward"), WardView.class, VaadinIcon.BED.create()));
              }
              if (Navigation.mayOpen(user, InboxView.class)) {
                inbox =
                    new SideNavItem(
                        getTranslation("nav.inbox"), InboxView.class, VaadinIcon.ENVELOPE.create());
                nav.addItem(inbox);
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.notifications"),
                        NotificationSettingsView.class,
                        VaadinIcon.BELL.create()));
              }
              if (Navigation.mayOpen(user, MyHospitalView.class)) {
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.myHospital"),
                        MyHospitalView.class,
                        VaadinIcon.BUILDING.create()));
              }
              if (Navigation.mayOpen(user, WeekPlannerView.class)) {
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.kitchen"),
                        KitchenDashboardView.class,
                        VaadinIcon.CHART.create()));
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.weekPlanner"),
                        WeekPlannerView.class,
                        VaadinIcon.CALENDAR.create()));
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.dishes"),
                        DishCatalogueView.class,
                        VaadinIcon.CUTLERY.create()));
              }
              if (Navigation.mayOpen(user, ConfigurationView.class)) {
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.sites"),
                        SitesView.class,
                        VaadinIcon.MAP_MARKER.create()));
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.mealPeriods"),
                        MealPeriodsView.class,
                        VaadinIcon.CLOCK.create()));
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.configuration"),
                        ConfigurationView.class,
                        VaadinIcon.COG.create()));
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.people"), PeopleView.class, VaadinIcon.USERS.create()));
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.auditLog"),
                        AuditLogView.class,
                        VaadinIcon.LIST.create()));
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.undelivered"),
                        DeadLettersView.class,
                        VaadinIcon.WARNING.create()));
              }
              if (user.hasTrayflowPassword()) {
                SideNavItem password =
                    new SideNavItem(
                        getTranslation("nav.yourPassword"),
                        ChoosePasswordView.class,
                        VaadinIcon.KEY.create());
                password.setId("your-password");
                nav.addItem(password);
              }
            });
    addToDrawer(nav);
  }

  /** Every view is shown inside the main landmark. */
  @Override
  public void showRouterLayoutContent(HasElement content) {
    main.removeAll();
    main.getElement().appendChild(content.getElement());
    setContent(main);
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
    badge.getElement().setAttribute("aria-label", badge.getTranslation("nav.unread", unread));
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

  /**
   * The person's own language, chosen here on any screen and kept with their account: the page is
   * drawn again in it.
   */
  private Select<Language> languageChoice(SignedInUser user) {
    Select<Language> language = new Select<>();
    language.setId("language");
    language.setAriaLabel(getTranslation("nav.language"));
    language.setItems(Language.values());
    language.setItemLabelGenerator(Translations::ownName);
    Language.of(user.locale().getLanguage()).ifPresent(language::setValue);
    language.addThemeVariants(SelectVariant.LUMO_SMALL);
    language.setWidth("7.5em");
    language.addValueChangeListener(
        change -> {
          if (!change.isFromClient() || change.getValue() == null) {
            return;
          }
          String code = change.getValue().code();
          CDI.current().select(People.class).get().chooseLanguage(user.username(), code);
          CurrentUser.nowSpeaks(code);
          UI.getCurrent().getPage().reload();
        });
    return language;
  }

  private HorizontalLayout signedIn(SignedInUser user) {
    Button signOut = new Button();
    signOut.addClickListener(
        click -> {
          String login =
              VaadinService.getCurrentRequest().getContextPath() + "/login?" + LoginView.SIGNED_OUT;
          VaadinSession.getCurrent().getSession().invalidate();
          UI.getCurrent().getPage().setLocation(login);
        });
    signOut.setPrefixComponent(VaadinIcon.SIGN_OUT.create());
    // on a phone the icon alone, named for screen readers and by its tooltip, so that longer words
    // ("Se déconnecter") do not push it off the screen
    Span signOutWords = new Span(getTranslation("nav.signOut"));
    signOutWords.addClassNames(
        LumoUtility.Display.HIDDEN, LumoUtility.Display.Breakpoint.Small.INLINE);
    signOut.getElement().appendChild(signOutWords.getElement());
    signOut.setAriaLabel(getTranslation("nav.signOut"));
    signOut.setTooltipText(getTranslation("nav.signOut"));
    signOut.setId("sign-out");
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    Span who = new Span(user.displayName());
    who.setId("signed-in-as");
    // on a phone the language and the way out matter more than the name the person knows
    who.addClassNames(LumoUtility.Display.HIDDEN, LumoUtility.Display.Breakpoint.Medium.INLINE);
    HorizontalLayout box = new HorizontalLayout(who, languageChoice(user), signOut);
    box.setAlignItems(HorizontalLayout.Alignment.CENTER);
    box.addClassNames(LumoUtility.Padding.Right.MEDIUM);
    return box;
  }
}
