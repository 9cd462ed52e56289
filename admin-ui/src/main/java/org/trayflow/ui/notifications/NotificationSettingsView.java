package org.trayflow.ui.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.trayflow.identity.People;
import org.trayflow.identity.PeopleToNotify;
import org.trayflow.identity.SignedInUser;
import org.trayflow.notifications.Preferences;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.signin.CurrentUser;

/**
 * Each person's address and language for messages, and, per kind of message, whether it comes by
 * e-mail, to the inbox, both or neither.
 */
@Route(value = "notification-settings", layout = MainLayout.class)
@PageTitle("Notifications · Trayflow")
@RolesAllowed({"STAFF", "WARD_STAFF", "KITCHEN_MANAGER", "TENANT_ADMIN"})
@Dependent
public class NotificationSettingsView extends VerticalLayout {

  @Inject
  public NotificationSettingsView(Preferences preferences, People people) {
    SignedInUser user = CurrentUser.get().orElseThrow();
    PeopleToNotify.Contact contact = people.contactOf(user.username());
    EmailField email = new EmailField("E-mail address");
    email.setId("contact-email");
    email.setValue(contact.email().orElse(""));
    email.setWidth("20em");
    Select<String> language = new Select<>();
    language.setLabel("Language");
    language.setId("contact-language");
    language.setItems(People.LANGUAGES);
    language.setItemLabelGenerator(
        code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(code)));
    language.setValue(contact.language());
    Button save =
        new Button(
            "Save",
            click -> {
              try {
                people.changeContact(
                    user.username(), Optional.of(email.getValue()), language.getValue());
                email.setInvalid(false);
                Notification.show("Saved.", 3000, Notification.Position.TOP_CENTER);
              } catch (ExpectedFailure refused) {
                email.setErrorMessage(refused.getMessage());
                email.setInvalid(true);
              }
            });
    save.setId("save-contact");
    HorizontalLayout contactForm = new HorizontalLayout(email, language, save);
    contactForm.setAlignItems(FlexComponent.Alignment.BASELINE);
    contactForm.setWrap(true);
    Grid<Preferences.Choice> choices = new Grid<>();
    choices.setId("notification-choices");
    choices.setAllRowsVisible(true);
    choices.addColumn(choice -> said(choice.kind().word())).setHeader("Message").setAutoWidth(true);
    // each change starts from what is stored now, so that ticking one box never undoes the other
    choices
        .addComponentColumn(
            choice ->
                box(
                    choice,
                    "email",
                    choice.byEmail(),
                    on ->
                        preferences.choose(
                            user.username(),
                            new Preferences.Choice(
                                choice.kind(), on, stored(preferences, user, choice).inInbox()))))
        .setHeader("E-mail");
    choices
        .addComponentColumn(
            choice ->
                box(
                    choice,
                    "inbox",
                    choice.inInbox(),
                    on ->
                        preferences.choose(
                            user.username(),
                            new Preferences.Choice(
                                choice.kind(), stored(preferences, user, choice).byEmail(), on))))
        .setHeader("Inbox");
    choices.setItems(preferences.of(user.username()));
    setMaxWidth("42em");
    add(
        new H2("Notifications"),
        contactForm,
        new Paragraph("Without an address, messages reach your inbox only."),
        choices);
  }

  private static Preferences.Choice stored(
      Preferences preferences, SignedInUser user, Preferences.Choice choice) {
    return preferences.of(user.username()).stream()
        .filter(c -> c.kind() == choice.kind())
        .findFirst()
        .orElse(choice);
  }

  private static Checkbox box(
      Preferences.Choice choice, String channel, boolean on, Consumer<Boolean> chosen) {
    Checkbox box = new Checkbox(on);
    box.setId(channel + "-" + choice.kind().word());
    box.setAriaLabel(channel + " for " + said(choice.kind().word()));
    box.addValueChangeListener(change -> chosen.accept(change.getValue()));
    return box;
  }

  private static String said(String word) {
    String words = word.replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
