package org.trayflow.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.trayflow.identity.InvalidPerson;
import org.trayflow.identity.NewPerson;
import org.trayflow.identity.People;
import org.trayflow.identity.PeopleImport;
import org.trayflow.identity.PeopleSearch;
import org.trayflow.identity.Person;
import org.trayflow.identity.PersonDetails;
import org.trayflow.identity.Role;
import org.trayflow.identity.SignedInUser;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.ui.HospitalName;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.Times;
import org.trayflow.ui.signin.CurrentUser;

/**
 * The tenant administrator's people: find them (by name, role, site, whether active), add one or
 * import a staff list, correct someone's details, change their roles, reset their password, let
 * them sign in again at once after failed tries, deactivate and reactivate them. Changing roles,
 * resetting and deactivating end the person's sessions and tokens at once (decision 0014), which
 * each confirmation says.
 */
@Route(value = "people", layout = MainLayout.class)
@PageTitle("People · Trayflow")
@RolesAllowed("TENANT_ADMIN")
@Dependent
public class PeopleView extends VerticalLayout {

  static final EnumSet<Role> HOSPITAL_ROLES =
      EnumSet.copyOf(Arrays.stream(Role.values()).filter(Role::isHospitalRole).toList());
  private static final String EVERYONE = "Everyone";
  private static final String ACTIVE = "Active";
  private static final String DEACTIVATED = "Deactivated";

  private final People people;
  private final SignedInUser admin = CurrentUser.get().orElseThrow();
  private final Map<String, String> siteNames = new TreeMap<>();
  private final Grid<Person> grid = new Grid<>();
  private final TextField search = new TextField("Find");
  private final Select<Optional<Role>> roleFilter = new Select<>();
  private final Select<Optional<String>> siteFilter = new Select<>();
  private final Select<String> statusFilter = new Select<>();
  private final TextField username = new TextField("User name");
  private final TextField displayName = new TextField("Name");
  private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");

  @Inject
  public PeopleView(
      People people, PeopleImport staffLists, Sites sites, TenantConfigurations configurations) {
    this.people = people;
    sites.listSites().forEach(site -> siteNames.put(site.slug(), site.name()));
    grid.setId("people");
    // every column wraps, so that the whole row, its actions included, fits the screen without
    // scrolling sideways
    grid.addColumn(Person::username).setHeader("User name").setFlexGrow(2);
    grid.addColumn(Person::displayName).setHeader("Name").setFlexGrow(2);
    grid.addColumn(
            p -> p.roles().stream().sorted().map(Role::inWords).collect(Collectors.joining(", ")))
        .setHeader("Roles")
        .setFlexGrow(2);
    grid.addColumn(
            p -> p.sites().stream().map(this::siteName).sorted().collect(Collectors.joining(", ")))
        .setHeader("Sites")
        .setFlexGrow(1);
    grid.addColumn(PeopleView::status).setHeader("Status").setFlexGrow(1);
    grid.addColumn(p -> p.lastSignedInAt().map(at -> Times.local(at, admin)).orElse("never"))
        .setHeader("Last sign-in (" + Times.zoneOf(admin).getId() + ")")
        .setFlexGrow(1);
    grid.addComponentColumn(this::actions).setHeader("").setWidth("15em").setFlexGrow(0);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);

    add(
        new H2("People of " + HospitalName.of(configurations)),
        filters(),
        grid,
        new H3("Add a person"),
        additionForm(),
        new StaffListImport(staffLists, admin, this::refresh));
    refresh();
  }

  private FlexLayout filters() {
    search.setId("people-search");
    search.setPlaceholder("Part of a name, user name or e-mail");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(changed -> refresh());
    roleFilter.setId("role-filter");
    roleFilter.setLabel("Role");
    roleFilter.setItems(Optional.empty());
    HOSPITAL_ROLES.forEach(role -> roleFilter.getListDataView().addItem(Optional.of(role)));
    roleFilter.setItemLabelGenerator(role -> role.map(Role::inWords).orElse("Any role"));
    roleFilter.setValue(Optional.empty());
    roleFilter.addValueChangeListener(changed -> refresh());
    siteFilter.setId("site-filter");
    siteFilter.setLabel("Site");
    siteFilter.setItems(Optional.empty());
    siteNames.keySet().forEach(slug -> siteFilter.getListDataView().addItem(Optional.of(slug)));
    siteFilter.setItemLabelGenerator(site -> site.map(this::siteName).orElse("Any site"));
    siteFilter.setValue(Optional.empty());
    siteFilter.addValueChangeListener(changed -> refresh());
    statusFilter.setId("status-filter");
    statusFilter.setLabel("Status");
    statusFilter.setItems(EVERYONE, ACTIVE, DEACTIVATED);
    statusFilter.setValue(EVERYONE);
    statusFilter.addValueChangeListener(changed -> refresh());
    FlexLayout filters = new FlexLayout(search, roleFilter, siteFilter, statusFilter);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.getStyle().set("gap", "var(--lumo-space-m)");
    return filters;
  }

  private FormLayout additionForm() {
    username.setId("new-username");
    username.setHelperText("e.g. j.smith@" + admin.tenantSlug().orElse("hospital"));
    displayName.setId("new-name");
    roles.setId("new-roles");
    roles.setItems(HOSPITAL_ROLES);
    roles.setItemLabelGenerator(Role::inWords);
    Button add = new Button("Add person", click -> add());
    add.setId("add-person");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return new FormLayout(username, displayName, roles, add);
  }

  private void refresh() {
    Optional<Boolean> active =
        switch (statusFilter.getValue()) {
          case ACTIVE -> Optional.of(true);
          case DEACTIVATED -> Optional.of(false);
          default -> Optional.empty();
        };
    grid.setItems(
        people.findPeople(
            new PeopleSearch(
                Optional.of(search.getValue()),
                roleFilter.getValue(),
                siteFilter.getValue(),
                active)));
  }

  private String siteName(String slug) {
    return siteNames.getOrDefault(slug, slug);
  }

  private static String status(Person person) {
    if (!person.active()) {
      return "Deactivated";
    }
    return person.mustChoosePassword() ? "Active, to choose a password" : "Active";
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
      NewPerson added =
          people.addPerson(
              username.getValue(),
              displayName.getValue().isBlank() ? username.getValue() : displayName.getValue(),
              roles.getValue(),
              admin.username());
      FirstPasswords.show("Added " + added.person().username(), java.util.List.of(added));
      username.clear();
      displayName.clear();
      roles.clear();
      refresh();
    } catch (InvalidPerson invalid) {
      username.setErrorMessage(invalid.getMessage());
      username.setInvalid(true);
    }
  }

  private HorizontalLayout actions(Person person) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.setSpacing(false);
    actions.getStyle().set("gap", "0.25em").set("flex-wrap", "wrap");
    if (person.username().equals(admin.username())) {
      return actions; // your own roles and status are another administrator's to change
    }
    Button edit = button("Edit", "edit-person", person, click -> edit(person));
    if (!person.active()) {
      Button reactivate =
          button(
              "Reactivate",
              "reactivate-person",
              person,
              click ->
                  confirm(
                      "Reactivate " + person.username() + "?",
                      "They can sign in again with their password.",
                      "Reactivate",
                      false,
                      () -> people.reactivate(person.username(), admin.username())));
      actions.add(edit, reactivate);
      return actions;
    }
    Button changeRoles = button("Roles", "change-roles", person, click -> changeRoles(person));
    Button reset =
        button(
            "Reset password",
            "reset-password",
            person,
            click ->
                confirm(
                    "Reset the password of " + person.username() + "?",
                    "They get a new first password, shown to you once, and choose their own when"
                        + " they next sign in; they are signed out everywhere at once.",
                    "Reset password",
                    true,
                    () ->
                        FirstPasswords.show(
                            "New password for " + person.username(),
                            java.util.List.of(
                                people.resetPassword(person.username(), admin.username())))));
    Button forgive =
        button(
            "Let sign in now",
            "forgive-sign-ins",
            person,
            click ->
                confirm(
                    "Let " + person.username() + " sign in at once?",
                    "Their failed sign-ins are forgotten, so they need not wait"
                        + " before trying again. Do this only once you know it is them asking.",
                    "Let sign in now",
                    false,
                    () -> people.forgiveFailedSignIns(person.username(), admin.username())));
    Button deactivate =
        button(
            "Deactivate",
            "deactivate-person",
            person,
            click ->
                confirm(
                    "Deactivate " + person.username() + "?",
                    "They can no longer sign in, and are signed out everywhere at once. Nothing of"
                        + " theirs is deleted; you can reactivate them.",
                    "Deactivate",
                    true,
                    () -> people.deactivate(person.username(), admin.username())));
    deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
    actions.add(edit, changeRoles, reset, forgive, deactivate);
    return actions;
  }

  private static Button button(
      String text,
      String className,
      Person person,
      com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>>
          click) {
    Button button = new Button(text, click);
    button.addClassName(className);
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    button.getElement().setAttribute("data-person", person.username());
    return button;
  }

  private void edit(Person person) {
    TextField name = new TextField("Name");
    name.setId("edit-name");
    name.setValue(person.displayName());
    EmailField email = new EmailField("E-mail address");
    email.setId("edit-email");
    email.setValue(person.email().orElse(""));
    email.setHelperText("Where notifications reach them; empty for the Trayflow inbox only");
    Select<String> language = new Select<>();
    language.setId("edit-language");
    language.setLabel("Language");
    language.setItems(People.LANGUAGES);
    language.setItemLabelGenerator(code -> "fr".equals(code) ? "Français" : "English");
    language.setValue(person.language());
    MultiSelectComboBox<String> site = new MultiSelectComboBox<>("Works at");
    site.setId("edit-sites");
    site.setItems(siteNames.keySet());
    site.setItemLabelGenerator(this::siteName);
    site.setValue(person.sites());
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Details of " + person.username());
    dialog.add(new FormLayout(name, email, language, site));
    Button save =
        new Button(
            "Save details",
            click -> {
              name.setInvalid(false);
              email.setInvalid(false);
              try {
                people.changeDetails(
                    person.username(),
                    new PersonDetails(
                        name.getValue(),
                        Optional.of(email.getValue()),
                        language.getValue(),
                        site.getValue()),
                    admin.username());
                dialog.close();
                done("Details of " + person.username() + " saved.");
              } catch (InvalidPerson invalid) {
                var field = invalid.getMessage().contains("e-mail") ? email : name;
                field.setErrorMessage(invalid.getMessage());
                field.setInvalid(true);
              }
            });
    save.setId("save-details");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
    dialog.open();
  }

  private void changeRoles(Person person) {
    CheckboxGroup<Role> chosen = new CheckboxGroup<>("Roles");
    chosen.setId("changed-roles");
    chosen.setItems(HOSPITAL_ROLES);
    chosen.setItemLabelGenerator(Role::inWords);
    chosen.setValue(person.roles());
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Roles of " + person.username());
    dialog.add(
        new VerticalLayout(
            chosen,
            new Paragraph(
                "Saving signs them out everywhere: they sign in again" + " with the new roles.")));
    Button save =
        new Button(
            "Save roles",
            click -> {
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

  private void confirm(
      String question, String consequence, String action, boolean grave, Runnable confirmed) {
    ConfirmDialog dialog =
        new ConfirmDialog(
            question,
            consequence,
            action,
            event -> {
              confirmed.run();
              done(question.replace("?", "") + ": done.");
            });
    dialog.setCancelable(true);
    dialog.setCancelText("Cancel");
    dialog.setConfirmButtonTheme(grave ? "error primary" : "primary");
    dialog.open();
  }

  private void done(String message) {
    refresh();
    Notification.show(message, 5000, Notification.Position.TOP_CENTER);
  }
}
