package org.trayflow.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.ui.HospitalName;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.signin.CurrentUser;

/**
 * The tenant administrator's list of the organisation's people, with their roles: add people, change their roles,
 * reset a password, deactivate someone. The last three end the person's sessions and tokens at once (decision 0014),
 * which each confirmation says.
 */
@Route(value = "people", layout = MainLayout.class)
@PageTitle("People · Trayflow")
@RolesAllowed("TENANT_ADMIN")
@Dependent
public class PeopleView extends VerticalLayout {

  private static final EnumSet<Role> HOSPITAL_ROLES =
      EnumSet.of(Role.STAFF, Role.WARD_STAFF, Role.DIETITIAN, Role.KITCHEN_MANAGER, Role.TENANT_ADMIN);

  private final People people;
  private final SignedInUser admin = CurrentUser.get().orElseThrow();
  private final Grid<Person> grid = new Grid<>();
  private final TextField username = new TextField("User name");
  private final TextField displayName = new TextField("Name");
  private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");

  @Inject
  public PeopleView(People people, TenantConfigurations configurations) {
    this.people = people;
    grid.setId("people");
    grid.addColumn(Person::username).setHeader("User name").setAutoWidth(true);
    grid.addColumn(Person::displayName).setHeader("Name").setAutoWidth(true);
    grid.addColumn(p -> p.roles().stream().sorted().map(Role::inWords).collect(Collectors.joining(", ")))
        .setHeader("Roles").setAutoWidth(true);
    grid.addColumn(p -> p.active() ? "active" : "deactivated").setHeader("Status");
    grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
    grid.setAllRowsVisible(true);

    username.setId("new-username");
    username.setHelperText("e.g. j.smith@" + admin.tenantSlug().orElse("hospital"));
    displayName.setId("new-name");
    roles.setId("new-roles");
    roles.setItems(HOSPITAL_ROLES);
    roles.setItemLabelGenerator(Role::inWords);
    Button add = new Button("Add person", click -> add());
    add.setId("add-person");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    FormLayout form = new FormLayout(username, displayName, roles, add);

    add(new H2("People of " + HospitalName.of(configurations)), grid, new H3("Add a person"), form);
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

  private HorizontalLayout actions(Person person) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.setSpacing(false);
    actions.getStyle().set("gap", "0.25em");
    if (!person.active() || person.username().equals(admin.username())) {
      return actions; // nothing to change on a deactivated account; your own roles are another administrator's
    }
    Button changeRoles = new Button("Roles", click -> changeRoles(person));
    changeRoles.addClassName("change-roles");
    Button reset = new Button("Reset password", click -> confirm("Reset the password of " + person.username() + "?",
        "They get a new first password, shown to you once; they are signed out everywhere at once.",
        "Reset password", () -> showFirstPassword("New password for " + person.username(),
            people.resetPassword(person.username(), admin.username()))));
    reset.addClassName("reset-password");
    Button deactivate = new Button("Deactivate", click -> confirm("Deactivate " + person.username() + "?",
        "They can no longer sign in, and are signed out everywhere at once.", "Deactivate",
        () -> people.deactivate(person.username(), admin.username())));
    deactivate.addClassName("deactivate-person");
    deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
    for (Button button : new Button[] {changeRoles, reset, deactivate}) {
      button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      button.getElement().setAttribute("data-person", person.username());
      actions.add(button);
    }
    return actions;
  }

  private void changeRoles(Person person) {
    CheckboxGroup<Role> chosen = new CheckboxGroup<>("Roles");
    chosen.setId("changed-roles");
    chosen.setItems(HOSPITAL_ROLES);
    chosen.setItemLabelGenerator(Role::inWords);
    chosen.setValue(person.roles());
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Roles of " + person.username());
    dialog.add(new VerticalLayout(chosen, new Paragraph("Saving signs them out everywhere: they sign in again"
        + " with the new roles.")));
    Button save = new Button("Save roles", click -> {
      if (chosen.getValue().isEmpty()) {
        chosen.setErrorMessage("Choose at least one role");
        chosen.setInvalid(true);
        return;
      }
      people.changeRoles(person.username(), chosen.getValue(), admin.username());
      dialog.close();
      done("Roles of " + person.username() + " changed; they are signed out.");
    });
    save.setId("save-roles");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
    dialog.open();
  }

  private void confirm(String question, String consequence, String action, Runnable confirmed) {
    ConfirmDialog dialog = new ConfirmDialog(question, consequence, action, event -> {
      confirmed.run();
      done(question.replace("?", "") + ": done.");
    });
    dialog.setCancelable(true);
    dialog.setConfirmButtonTheme("error primary");
    dialog.open();
  }

  private void done(String message) {
    grid.setItems(people.listPeople());
    Notification.show(message, 5000, Notification.Position.TOP_CENTER);
  }

  private static void showFirstPassword(NewPerson added) {
    showFirstPassword("Added " + added.person().username(), added);
  }

  private static void showFirstPassword(String title, NewPerson added) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(title);
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
