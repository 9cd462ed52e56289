package org.trayflow.ui.signin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.trayflow.identity.HospitalSuspended;
import org.trayflow.identity.OwnPasswords;
import org.trayflow.identity.PasswordNotAllowed;
import org.trayflow.identity.PasswordRules;
import org.trayflow.identity.SignInBusy;
import org.trayflow.identity.SignInRefused;
import org.trayflow.identity.SignInSource;
import org.trayflow.identity.SignInThrottled;
import org.trayflow.identity.SignedInUser;
import org.trayflow.ui.FailureWords;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.TitledScreen;

/**
 * A person chooses their own password: at once after signing in with a first or reset one (the
 * access guard leads every page here until they have), or whenever they like. The rules are ticked
 * off while they type. People who sign in with their hospital account have no Trayflow password,
 * and are told so.
 */
@Route(value = "password", layout = MainLayout.class)
@ScreenTitle("nav.yourPassword")
@PermitAll
@Dependent
public class ChoosePasswordView extends VerticalLayout implements TitledScreen {

  private final PasswordField current = new PasswordField();
  private final PasswordField chosen = new PasswordField(getTranslation("password.new"));
  private final PasswordField repeated = new PasswordField(getTranslation("password.again"));
  private final UnorderedList rules = new UnorderedList();

  @Inject
  public ChoosePasswordView(OwnPasswords passwords) {
    SignedInUser user = CurrentUser.get().orElseThrow();
    setMaxWidth("32em");
    if (!user.hasTrayflowPassword()) {
      add(
          new H2(getTranslation("nav.yourPassword")),
          new Paragraph(getTranslation("password.hospitals")));
      return;
    }
    boolean given = user.mustChoosePassword();
    current.setLabel(getTranslation(given ? "password.given" : "password.current"));
    current.setId("current-password");
    chosen.setId("new-password");
    repeated.setId("repeated-password");
    for (PasswordField field : List.of(current, chosen, repeated)) {
      field.setWidthFull();
      field.setValueChangeMode(ValueChangeMode.EAGER);
    }
    chosen.addValueChangeListener(typed -> showRules(user));
    current.addValueChangeListener(typed -> showRules(user));
    rules.setId("password-rules");
    Button save = new Button(getTranslation("password.save"), click -> save(passwords, user));
    save.setId("save-password");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2(getTranslation(given ? "password.choose" : "password.change")));
    if (given) {
      Paragraph why = new Paragraph(getTranslation("password.why"));
      why.setId("choose-password-why");
      add(why);
    }
    add(current, chosen, rules, repeated, save);
    showRules(user);
  }

  private void showRules(SignedInUser user) {
    List<PasswordRules.Rule> broken =
        PasswordRules.broken(user.username(), chosen.getValue(), current.getValue());
    rules.removeAll();
    for (PasswordRules.Rule rule : PasswordRules.all()) {
      boolean kept = !chosen.getValue().isEmpty() && !broken.contains(rule);
      ListItem item =
          new ListItem(
              kept ? VaadinIcon.CHECK.create() : VaadinIcon.CIRCLE_THIN.create(),
              new com.vaadin.flow.component.html.Span(
                  " "
                      + getTranslation(
                          "password.rule." + rule.name(),
                          PasswordRules.SHORTEST,
                          PasswordRules.LONGEST)));
      item.getElement().setAttribute("data-kept", String.valueOf(kept));
      item.getStyle()
          .set("color", kept ? "var(--lumo-success-text-color)" : "var(--lumo-body-text-color)")
          .set("list-style", "none");
      rules.add(item);
    }
  }

  private void save(OwnPasswords passwords, SignedInUser user) {
    current.setInvalid(false);
    chosen.setInvalid(false);
    repeated.setInvalid(false);
    if (!chosen.getValue().equals(repeated.getValue())) {
      repeated.setErrorMessage(getTranslation("password.notTheSame"));
      repeated.setInvalid(true);
      return;
    }
    try {
      SignedInUser after =
          passwords.change(
              user.username(),
              current.getValue().toCharArray(),
              chosen.getValue().toCharArray(),
              new SignInSource(VaadinService.getCurrentRequest().getRemoteAddr()));
      CurrentUser.set(after);
      Notification.show(getTranslation("password.saved"), 6000, Notification.Position.TOP_CENTER);
      UI.getCurrent().navigate("");
    } catch (SignInRefused | SignInThrottled | SignInBusy | HospitalSuspended refused) {
      current.setErrorMessage(
          refused instanceof SignInRefused
              ? getTranslation("password.notCurrent")
              : FailureWords.of(refused));
      current.setInvalid(true);
    } catch (PasswordNotAllowed notAllowed) {
      chosen.setErrorMessage(FailureWords.of(notAllowed));
      chosen.setInvalid(true);
    }
  }
}
