package org.trayflow.ui.admin;

import static org.trayflow.ui.Translations.words;

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
import org.trayflow.tenantconfig.Language;
import org.trayflow.ui.FailureWords;
import org.trayflow.ui.HospitalName;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.Times;
import org.trayflow.ui.TitledScreen;
import org.trayflow.ui.Translations;
import org.trayflow.ui.signin.CurrentUser;

/**
 * The tenant administrator's people: find them (by name, role, site, whether active), add one or
 * import a staff list, correct someone's details, change their roles, reset their password, let
 * them sign in again at once after failed tries, deactivate and reactivate them. Changing roles,
 * resetting and deactivating end the person's sessions and tokens at once (decision 0014), which
 * each confirmation says.
 */
@Route(value = "people", layout = MainLayout.class)
@ScreenTitle("nav.people")
@RolesAllowed("TENANT_ADMIN")
@Dependent
public class PeopleView extends VerticalLayout implements TitledScreen {

  static final EnumSet<Role> HOSPITAL_ROLES =
      EnumSet.copyOf(Arrays.stream(Role.values()).filter(Role::isHospitalRole).toList());

  private final People people;
  private final SignedInUser admin = CurrentUser.get().orElseThrow();
  private final Map<String, String> siteNames = new TreeMap<>();
  private final Grid<Person> grid = new Grid<>();
  private final TextField search = new TextField(words("action.find"));
  private final Select<Optional<Role>> roleFilter = new Select<>();
  private final Select<Optional<String>> siteFilter = new Select<>();
  private final Select<Optional<Boolean>> statusFilter = new Select<>();
  private final TextField username = new TextField(words("people.username"));
  private final TextField displayName = new TextField(words("admin.name"));
  private final CheckboxGroup<Role> roles = new CheckboxGroup<>(words("people.roles"));

  @Inject
  public PeopleView(
      People people, PeopleImport staffLists, Sites sites, TenantConfigurations configurations) {
    this.people = people;
    sites.listSites().forEach(site -> siteNames.put(site.slug(), site.name()));
    grid.setId("people");
    // every column wraps, so that the whole row, its actions included, fits the screen without
    // scrolling sideways
    grid.addColumn(Person::username).setHeader(getTranslation("people.username")).setFlexGrow(2);
    grid.addColumn(Person::displayName).setHeader(getTranslation("admin.name")).setFlexGrow(2);
    grid.addColumn(
            p -> p.roles().stream().sorted().map(RoleWords::of).collect(Collectors.joining(", ")))
        .setHeader(getTranslation("people.roles"))
        .setFlexGrow(2);
    grid.addColumn(
            p -> p.sites().stream().map(this::siteName).sorted().collect(Collectors.joining(", ")))
        .setHeader(getTranslation("nav.sites"))
        .setFlexGrow(1);
    grid.addColumn(PeopleView::status).setHeader(getTranslation("people.status")).setFlexGrow(1);
    grid.addColumn(
            p ->
                p.lastSignedInAt()
                    .map(at -> Times.local(at, admin))
                    .orElse(getTranslation("people.never")))
        .setHeader(getTranslation("people.lastSignIn", Times.zoneOf(admin).getId()))
        .setFlexGrow(1);
    grid.addComponentColumn(this::actions).setHeader("").setWidth("15em").setFlexGrow(0);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);

    add(
        new H2(getTranslation("people.title", HospitalName.of(configurations))),
        filters(),
        grid,
        new H3(getTranslation("people.add")),
        additionForm(),
        new StaffListImport(staffLists, admin, this::refresh));
    refresh();
  }

  private FlexLayout filters() {
    search.setId("people-search");
    search.setPlaceholder(getTranslation("people.findHelp"));
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(changed -> refresh());
    roleFilter.setId("role-filter");
    roleFilter.setLabel(getTranslation("people.role"));
    roleFilter.setItems(Optional.empty());
    HOSPITAL_ROLES.forEach(role -> roleFilter.getListDataView().addItem(Optional.of(role)));
    roleFilter.setItemLabelGenerator(
        role -> role.map(RoleWords::of).orElse(getTranslation("people.anyRole")));
    roleFilter.setValue(Optional.empty());
    roleFilter.addValueChangeListener(changed -> refresh());
    siteFilter.setId("site-filter");
    siteFilter.setLabel(getTranslation("sites.site"));
    siteFilter.setItems(Optional.empty());
    siteNames.keySet().forEach(slug -> siteFilter.getListDataView().addItem(Optional.of(slug)));
    siteFilter.setItemLabelGenerator(
        site -> site.map(this::siteName).orElse(getTranslation("people.anySite")));
    siteFilter.setValue(Optional.empty());
    siteFilter.addValueChangeListener(changed -> refresh());
    statusFilter.setId("status-filter");
    statusFilter.setLabel(getTranslation("people.status"));
    statusFilter.setItems(Optional.empty(), Optional.of(true), Optional.of(false));
    statusFilter.setItemLabelGenerator(
        active ->
            getTranslation(
                active
                    .map(yes -> yes ? "people.active" : "people.deactivated")
                    .orElse("people.everyone")));
    statusFilter.setValue(Optional.empty());
    statusFilter.addValueChangeListener(changed -> refresh());
    FlexLayout filters = new FlexLayout(search, roleFilter, siteFilter, statusFilter);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.getStyle().set("gap", "var(--lumo-space-m)");
    return filters;
  }

  private FormLayout additionForm() {
    username.setId("new-username");
    username.setHelperText(
        getTranslation("people.usernameHelp", admin.tenantSlug().orElse("hospital")));
    displayName.setId("new-name");
    roles.setId("new-roles");
    roles.setItems(HOSPITAL_ROLES);
    roles.setItemLabelGenerator(RoleWords::of);
    Button add = new Button(getTranslation("people.addPerson"), click -> add());
    add.setId("add-person");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return new FormLayout(username, displayName, roles, add);
  }

  private void refresh() {
    grid.setItems(
        people.findPeople(
            new PeopleSearch(
                Optional.of(search.getValue()),
                roleFilter.getValue(),
                siteFilter.getValue(),
                statusFilter.getValue())));
  }

  private String siteName(String slug) {
    return siteNames.getOrDefault(slug, slug);
  }

  private static String status(Person person) {
    if (!person.active()) {
      return words("people.deactivated");
    }
    return words(person.mustChoosePassword() ? "people.activeToChoose" : "people.active");
  }

  private void add() {
    username.setInvalid(false);
    roles.setInvalid(false);
    if (roles.getValue().isEmpty()) {
      roles.setErrorMessage(getTranslation("people.chooseRole"));
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
      FirstPasswords.show(
          getTranslation("people.added", added.person().username()), java.util.List.of(added));
      username.clear();
      displayName.clear();
      roles.clear();
      refresh();
    } catch (InvalidPerson invalid) {
      username.setErrorMessage(FailureWords.of(invalid));
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
    Button edit =
        button(getTranslation("people.edit"), "edit-person", person, click -> edit(person));
    if (!person.active()) {
      Button reactivate =
          button(
              getTranslation("people.reactivate"),
              "reactivate-person",
              person,
              click ->
                  confirm(
                      getTranslation("people.reactivate.question", person.username()),
                      getTranslation("people.reactivate.consequence"),
                      getTranslation("people.reactivate"),
                      false,
                      getTranslation("people.reactivate.done", person.username()),
                      () -> people.reactivate(person.username(), admin.username())));
      actions.add(edit, reactivate);
      return actions;
    }
    Button changeRoles =
        button(
            getTranslation("people.roles"), "change-roles", person, click -> changeRoles(person));
    Button reset =
        button(
            getTranslation("people.reset"),
            "reset-password",
            person,
            click ->
                confirm(
                    getTranslation("people.reset.question", person.username()),
                    getTranslation("people.reset.consequence"),
                    getTranslation("people.reset"),
                    true,
                    getTranslation("people.reset.done", person.username()),
                    () ->
                        FirstPasswords.show(
                            getTranslation("people.reset.newPassword", person.username()),
                            java.util.List.of(
                                people.resetPassword(person.username(), admin.username())))));
    Button forgive =
        button(
            getTranslation("people.forgive"),
            "forgive-sign-ins",
            person,
            click ->
                confirm(
                    getTranslation("people.forgive.question", person.username()),
                    getTranslation("people.forgive.consequence"),
                    getTranslation("people.forgive"),
                    false,
                    getTranslation("people.forgive.done", person.username()),
                    () -> people.forgiveFailedSignIns(person.username(), admin.username())));
    Button deactivate =
        button(
            getTranslation("people.deactivate"),
            "deactivate-person",
            person,
            click ->
                confirm(
                    getTranslation("people.deactivate.question", person.username()),
                    getTranslation("people.deactivate.consequence"),
                    getTranslation("people.deactivate"),
                    true,
                    getTranslation("people.deactivate.done", person.username()),
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
    TextField name = new TextField(getTranslation("admin.name"));
    name.setId("edit-name");
    name.setValue(person.displayName());
    EmailField email = new EmailField(getTranslation("people.email"));
    email.setId("edit-email");
    email.setValue(person.email().orElse(""));
    email.setHelperText(getTranslation("people.emailHelp"));
    Select<String> language = new Select<>();
    language.setId("edit-language");
    language.setLabel(getTranslation("nav.language"));
    language.setItems(People.LANGUAGES);
    language.setItemLabelGenerator(
        code -> Language.of(code).map(Translations::ownName).orElse(code));
    language.setValue(person.language());
    MultiSelectComboBox<String> site = new MultiSelectComboBox<>(getTranslation("people.worksAt"));
    site.setId("edit-sites");
    site.setItems(siteNames.keySet());
    site.setItemLabelGenerator(this::siteName);
    site.setValue(person.sites());
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("people.details", person.username()));
    dialog.add(new FormLayout(name, email, language, site));
    Button save =
        new Button(
            getTranslation("people.saveDetails"),
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
                done(getTranslation("people.detailsSaved", person.username()));
              } catch (InvalidPerson invalid) {
                var field = invalid.getMessage().contains("e-mail") ? email : name;
                field.setErrorMessage(FailureWords.of(invalid));
                field.setInvalid(true);
              }
            });
    save.setId("save-details");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog
        .getFooter()
        .add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  private void changeRoles(Person person) {
    CheckboxGroup<Role> chosen = new CheckboxGroup<>(getTranslation("people.roles"));
    chosen.setId("changed-roles");
    chosen.setItems(HOSPITAL_ROLES);
    chosen.setItemLabelGenerator(RoleWords::of);
    chosen.setValue(person.roles());
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("people.rolesOf", person.username()));
    dialog.add(new VerticalLayout(chosen, new Paragraph(getTranslation("people.rolesSignOut"))));
    Button save =
        new Button(
            getTranslation("people.saveRoles"),
            click -> {
              if (chosen.getValue().isEmpty()) {
                chosen.setErrorMessage(getTranslation("people.chooseRole"));
                chosen.setInvalid(true);
                return;
              }
              people.changeRoles(person.username(), chosen.getValue(), admin.username());
              dialog.close();
              done(getTranslation("people.rolesChanged", person.username()));
            });
    save.setId("save-roles");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog
        .getFooter()
        .add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  private void confirm(
      String question,
      String consequence,
      String action,
      boolean grave,
      String doneMessage,
      Runnable confirmed) {
    ConfirmDialog dialog =
        new ConfirmDialog(
            question,
            consequence,
            action,
            event -> {
              confirmed.run();
              done(doneMessage);
            });
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("action.cancel"));
    dialog.setConfirmButtonTheme(grave ? "error primary" : "primary");
    dialog.open();
  }

  private void done(String message) {
    refresh();
    Notification.show(message, 5000, Notification.Position.TOP_CENTER);
  }
}
