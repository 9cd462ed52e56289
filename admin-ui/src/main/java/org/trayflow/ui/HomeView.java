package org.trayflow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.trayflow.identity.SignedInUser;
import org.trayflow.ui.hospital.MyHospitalView;
import org.trayflow.ui.signin.CurrentUser;
import org.trayflow.ui.tenants.TenantsView;

/** The start page sends each person to the view of their work. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    boolean platformStaff = CurrentUser.get().flatMap(SignedInUser::tenantId).isEmpty();
    event.forwardTo(platformStaff ? TenantsView.class : MyHospitalView.class);
  }
}
