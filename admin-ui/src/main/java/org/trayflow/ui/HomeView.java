package org.trayflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.trayflow.identity.Role;
import org.trayflow.identity.SignedInUser;
import org.trayflow.ui.hospital.MyHospitalView;
import org.trayflow.ui.kitchen.KitchenDashboardView;
import org.trayflow.ui.ops.LunchWindowView;
import org.trayflow.ui.ordering.OrderMealView;
import org.trayflow.ui.signin.CurrentUser;
import org.trayflow.ui.signin.Navigation;
import org.trayflow.ui.signin.ReturnAfterSignIn;
import org.trayflow.ui.tenants.TenantsView;
import org.trayflow.ui.wards.DietitianView;
import org.trayflow.ui.wards.WardView;

/**
 * The start page sends each person to the view of their work: for several roles, the first of this
 * list, the most clinical first (a dietitian who also orders lunch starts on the patients). Only a
 * view the person may open is chosen, by the access guard's own rule, so that "back to your start
 * page" never leads to a refusal.
 */
@Route(value = "", layout = MainLayout.class)
@ScreenTitle("screen.home")
@PermitAll
public class HomeView extends VerticalLayout implements TitledScreen, BeforeEnterObserver {

  private static final Map<Role, Class<? extends Component>> START = new LinkedHashMap<>();

  static {
    START.put(Role.DIETITIAN, DietitianView.class);
    START.put(Role.WARD_STAFF, WardView.class);
    START.put(Role.KITCHEN_MANAGER, KitchenDashboardView.class);
    START.put(Role.TENANT_ADMIN, MyHospitalView.class);
    START.put(Role.STAFF, OrderMealView.class);
    START.put(Role.PLATFORM_ADMIN, TenantsView.class);
    START.put(Role.OPS, LunchWindowView.class);
  }

  public HomeView() {
    add(new H2(getTranslation("home.nothing")), new Paragraph(getTranslation("home.noRole")));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<SignedInUser> user = CurrentUser.get();
    // signed in through the hospital's identity provider, which comes back here: the page asked for
    // first
    Optional<String> asked = user.flatMap(ReturnAfterSignIn::takeFor);
    if (asked.isPresent()) {
      event.forwardTo(asked.get());
    } else {
      user.flatMap(HomeView::startOf).ifPresent(event::forwardTo);
    }
  }

  private static Optional<Class<? extends Component>> startOf(SignedInUser user) {
    return START.entrySet().stream()
        .filter(
            start ->
                user.roles().contains(start.getKey()) && Navigation.mayOpen(user, start.getValue()))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
