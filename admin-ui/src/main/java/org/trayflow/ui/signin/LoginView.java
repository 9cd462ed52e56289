package org.trayflow.ui.signin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.trayflow.identity.SignIn;
import org.trayflow.identity.SignInRefused;

/** Sign-in with name and password. */
@Route("login")
@PageTitle("Sign in · Trayflow")
@PermitAll
@Dependent
public class LoginView extends VerticalLayout {

  @Inject
  public LoginView(SignIn signIn) {
    LoginForm form = new LoginForm(i18n());
    form.setForgotPasswordButtonVisible(false);
    form.addLoginListener(attempt -> {
      try {
        var user = signIn.signIn(attempt.getUsername(), attempt.getPassword().toCharArray());
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        CurrentUser.set(user);
        // A fresh page load, so that the next request already runs in the person's tenant scope.
        UI.getCurrent().getPage().setLocation(VaadinService.getCurrentRequest().getContextPath() + "/");
      } catch (SignInRefused refused) {
        LoginI18n withReason = i18n();
        withReason.getErrorMessage().setMessage(refused.getMessage());
        form.setI18n(withReason);
        form.setError(true);
      }
    });
    setSizeFull();
    setAlignItems(FlexComponent.Alignment.CENTER);
    setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
    add(new H1("Trayflow"), new Paragraph("Meal ordering for hospitals"), form);
  }

  private static LoginI18n i18n() {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Sign in");
    i18n.getForm().setUsername("User name");
    i18n.getForm().setSubmit("Sign in");
    i18n.getErrorMessage().setTitle("Not signed in");
    return i18n;
  }
}
