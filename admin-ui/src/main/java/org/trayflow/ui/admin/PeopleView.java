package org.trayflow.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.trayflow.identity.InvalidPerson;
import org.trayflow.identity.NewPerson;
import org.trayflow.identity.People;
import org.trayflow.identity.Person;
import org.trayflow.identity.Role;
import org.trayflow.identity.SignedInUser;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.signin.CurrentUser;

/** The tenant administrator's list of the organisation's people, with their roles; add people here. */
@Route(value = "people", layout = MainLayout.class)
@PageTitle("People · Trayflow")
@RolesAllowed("TENANT_ADMIN")
@Dependent
public class PeopleView extends VerticalLayout {

  private static final EnumSet<Role> HOSPITAL_ROLES =
      EnumSet.of(Role.STAFF, Role.WARD_STAFF, Role.KITCHEN_MANAGER, Role.TENANT_ADMIN);

  private final People people;
  private final SignedInUser admin = CurrentUser.get().orElseThrow();
  private final Grid<Person> grid = new Grid<>();
  private final TextField username = new TextField("User name");
  private final TextField displayName = new TextField("Name");
  private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");

  @Inject
  public PeopleView(People people) {
    this.people = people;
    grid.setId("people");
    grid.addColumn(Person::username).setHeader("User name").setAutoWidth(true);
    grid.addColumn(Person::displayName).setHeader("Name").setAutoWidth(true);
    grid.addColumn(p -> p.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")))
        .setHeader("Roles");
    grid.addColumn(p -> !p.active() ? "deactivated" : p.locked() ? "locked for now" : "active").setHeader("Status");
    grid.setAllRowsVisible(true);

    username.setId("new-username");
    username.setHelperText("e.g. j.smith@" + admin.tenantSlug().orElse("hospital"));
    displayName.setId("new-name");
    roles.setId("new-roles");
    roles.setItems(HOSPITAL_ROLES);
    roles.setItemLabelGenerator(role -> role.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    Button add = new Button("Add person", click -> add());
    add.setId("add-person");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    FormLayout form = new FormLayout(username, displayName, roles, add);

    add(new H2("People of " + admin.tenantSlug().orElse("")), grid, new H3("Add a person"), form);
    grid.setItems(people.listPeople());
  }

  private void add() {
    username.setInvalid(false);
    roles.setInvalid(false);
    if (roles.getValue().isEmpty()) {
      roles.setErrorMessage("Choose at least one role");
      roles.setInvalid(true);
      return;
    }
    try {
      NewPerson added = people.addPerson(username.getValue(), displayName.getValue().isBlank()
          ? username.getValue() : displayName.getValue(), roles.getValue(), admin.username());
      showFirstPassword(added);
      username.clear();
      displayName.clear();
      roles.clear();
      grid.setItems(people.listPeople());
    } catch (InvalidPerson invalid) {
      username.setErrorMessage(invalid.getMessage());
      username.setInvalid(true);
    }
  }

  private static void showFirstPassword(NewPerson added) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Added " + added.person().username());
    Span password = new Span(added.firstPassword());
    password.setId("first-password");
    password.getStyle().set("font-family", "monospace").set("font-size", "1.4em");
    Button done = new Button("Done", click -> dialog.close());
    done.setId("close-first-password");
    dialog.add(new VerticalLayout(
        new Paragraph("Their first password, shown only now: hand it over in person."), password));
    dialog.getFooter().add(done);
    dialog.open();
  }
}
