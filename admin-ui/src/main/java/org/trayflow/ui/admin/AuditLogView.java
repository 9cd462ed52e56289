package org.trayflow.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.trayflow.audit.AuditLog;
import org.trayflow.audit.AuditRecord;
import org.trayflow.identity.SignedInUser;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.signin.CurrentUser;

/** What the administrators of this hospital organisation did, newest first. */
@Route(value = "audit-log", layout = MainLayout.class)
@PageTitle("Audit log · Trayflow")
@RolesAllowed("TENANT_ADMIN")
@Dependent
public class AuditLogView extends VerticalLayout {

  @Inject
  public AuditLogView(AuditLog audit) {
    SignedInUser user = CurrentUser.get().orElseThrow();
    Grid<AuditRecord> entries = new Grid<>();
    entries.setId("audit-log");
    entries.addColumn(entry -> Times.local(entry.at(), user)).setHeader("When").setAutoWidth(true).setFlexGrow(0);
    entries.addColumn(AuditRecord::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
    entries.addColumn(AuditRecord::action).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
    entries.addColumn(AuditRecord::detail).setHeader("Detail");
    entries.setItems(audit.latest());
    entries.setAllRowsVisible(true);
    add(new H2("Audit log"), entries);
  }
}
