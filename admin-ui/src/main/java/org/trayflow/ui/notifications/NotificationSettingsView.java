package org.trayflow.ui.notifications;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Consumer;
import org.trayflow.identity.People;
import org.trayflow.identity.PeopleToNotify;
import org.trayflow.identity.SignedInUser;
import org.trayflow.notifications.Preferences;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.tenantconfig.Language;
import org.trayflow.tenantconfig.NotificationKind;
import org.trayflow.ui.FailureWords;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.TitledScreen;
import org.trayflow.ui.Translations;
import org.trayflow.ui.signin.CurrentUser;

/**
 * Each person's address and language for messages, and, per kind of message, whether it comes by
 * e-mail, to the inbox, both or neither.
 */
@Route(value = "notification-settings", layout = MainLayout.class)
@ScreenTitle("nav.notifications")
@RolesAllowed({"STAFF", "WARD_STAFF", "KITCHEN_MANAGER", "TENANT_ADMIN"})
@Dependent
public class NotificationSettingsView extends VerticalLayout implements TitledScreen {

  @Inject
  public NotificationSettingsView(Preferences preferences, People people) {
    SignedInUser user = CurrentUser.get().orElseThrow();
    PeopleToNotify.Contact contact = people.contactOf(user.username());
    EmailField email = new EmailField(getTranslation("settings.email"));
    email.setId("contact-email");
    email.setValue(contact.email().orElse(""));
    email.setWidth("20em");
    Select<String> language = new Select<>();
    language.setLabel(getTranslation("nav.language"));
    language.setId("contact-language");
    language.setItems(People.LANGUAGES);
    language.setItemLabelGenerator(
        code -> Language.of(code).map(Translations::ownName).orElse(code));
    language.setValue(contact.language());
    Button save =
        new Button(
            getTranslation("settings.save"),
            click -> {
              try {
                people.changeContact(
                    user.username(), Optional.of(email.getValue()), language.getValue());
                if (!language.getValue().equals(user.locale().getLanguage())) {
                  // the page comes back in the new language, and says so there
                  CurrentUser.nowSpeaks(language.getValue());
                  VaadinSession.getCurrent().setAttribute(Saved.class, new Saved());
                  UI.getCurrent().getPage().reload();
                  return;
                }
                email.setInvalid(false);
                saved();
              } catch (ExpectedFailure refused) {
                email.setErrorMessage(FailureWords.of(refused));
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
    choices
        .addColumn(choice -> said(choice.kind()))
        .setHeader(getTranslation("settings.message"))
        .setAutoWidth(true);
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
        .setHeader(getTranslation("settings.byEmail"));
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
        .setHeader(getTranslation("nav.inbox"));
    choices.setItems(preferences.of(user.username()));
    setMaxWidth("42em");
    add(
        new H2(getTranslation("nav.notifications")),
        contactForm,
        new Paragraph(getTranslation("settings.noAddress")),
        choices);
    if (VaadinSession.getCurrent().getAttribute(Saved.class) != null) {
      VaadinSession.getCurrent().setAttribute(Saved.class, null);
      saved();
    }
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
    box.setAriaLabel(
        Translations.words(
            "settings.channelFor",
            Translations.words("settings.channel." + channel),
            said(choice.kind())));
    box.addValueChangeListener(change -> chosen.accept(change.getValue()));
    return box;
  }

  private static String said(NotificationKind kind) {
    return Translations.words("notificationKind." + kind.word());
  }

  private void saved() {
    Notification.show(getTranslation("settings.saved"), 3000, Notification.Position.TOP_CENTER);
  }

  /** Set across the reload a change of language makes: the new page says the choice was saved. */
  private record Saved() implements java.io.Serializable {}
}
