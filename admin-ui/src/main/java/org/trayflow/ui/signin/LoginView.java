package org.trayflow.ui.signin;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.trayflow.identity.HospitalSuspended;
import org.trayflow.identity.SignIn;
import org.trayflow.identity.SignInBusy;
import org.trayflow.identity.SignInRefused;
import org.trayflow.identity.SignInSource;
import org.trayflow.identity.SignInThrottled;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.ui.FailureWords;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.TitledScreen;

/**
 * Sign-in with name and password, or through the hospital's own identity provider where the
 * hospital has one ({@link HospitalSignInServlet}).
 */
@Route("login")
@ScreenTitle("signIn.title")
@PermitAll
@Dependent
public class LoginView extends VerticalLayout implements TitledScreen, BeforeEnterObserver {

  /** The query parameter of the sign-in page after signing out. */
  public static final String SIGNED_OUT = "signed-out";

  private final Paragraph sessionEnded = new Paragraph(words("signIn.sessionEnded"));
  private boolean sessionHadEnded;

  /**
   * Session attribute by which {@link HospitalSignInServlet} tells why it did not sign a person in.
   */
  static final String HOSPITAL_SIGN_IN_REFUSED =
      LoginView.class.getName() + ".hospitalSignInRefused";

  @Inject
  public LoginView(SignIn signIn, TenantDirectory tenants) {
    LoginForm form = new LoginForm(i18n());
    form.setForgotPasswordButtonVisible(false);
    form.addLoginListener(
        attempt -> {
          try {
            var user =
                signIn.signIn(
                    attempt.getUsername(),
                    attempt.getPassword().toCharArray(),
                    new SignInSource(VaadinService.getCurrentRequest().getRemoteAddr()));
            String asked = ReturnAfterSignIn.takeFor(user).orElse("");
            VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
            CurrentUser.set(user);
            if (sessionHadEnded) {
              SessionEnded.signedInAgain();
            }
            // A fresh page load, so that the next request already runs in the person's tenant
            // scope: the page they
            // asked for before signing in, or their start page.
            UI.getCurrent()
                .getPage()
                .setLocation(VaadinService.getCurrentRequest().getContextPath() + "/" + asked);
          } catch (SignInRefused | SignInThrottled | SignInBusy | HospitalSuspended refused) {
            LoginI18n withReason = i18n();
            withReason.getErrorMessage().setMessage(FailureWords.of(refused));
            form.setI18n(withReason);
            form.setError(true);
          }
        });
    setSizeFull();
    setAlignItems(FlexComponent.Alignment.CENTER);
    setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
    add(new H1("Trayflow"), new Paragraph(getTranslation("signIn.tagline")), sessionEnded);
    sessionEnded.setId("session-ended");
    sessionEnded.setVisible(false);
    sessionEnded.getStyle().set("max-width", "24em").set("text-align", "center");
    hospitalSignInRefusal().ifPresent(this::add);
    add(form, hospitalSignIn(tenants));
  }

  /**
   * Said when the browser's last session ended under it, not when the person just signed out here.
   */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    sessionHadEnded =
        SessionEnded.hadEnded()
            && !event.getLocation().getQueryParameters().getParameters().containsKey(SIGNED_OUT);
    sessionEnded.setVisible(sessionHadEnded);
  }

  private static Optional<Paragraph> hospitalSignInRefusal() {
    WrappedSession session = VaadinSession.getCurrent().getSession();
    Object reason = session.getAttribute(HOSPITAL_SIGN_IN_REFUSED);
    session.removeAttribute(HOSPITAL_SIGN_IN_REFUSED);
    if (reason == null) {
      return Optional.empty();
    }
    Paragraph refusal = new Paragraph(words("signIn.hospital.refused", reason));
    refusal.setId("hospital-sign-in-refused");
    refusal.getStyle().set("color", "var(--lumo-error-text-color)");
    return Optional.of(refusal);
  }

  /**
   * The hospital is asked for by its short name, so that the page does not list Trayflow's
   * customers.
   */
  private static Details hospitalSignIn(TenantDirectory tenants) {
    TextField hospital = new TextField(words("signIn.hospital.code"));
    hospital.setId("hospital-code");
    hospital.setHelperText(words("signIn.hospital.code.help"));
    Button go =
        new Button(
            words("signIn.hospital.go"),
            click -> {
              String code = hospital.getValue().strip().toLowerCase(Locale.ROOT);
              boolean hasProvider =
                  Slug.isWellFormed(code) && tenants.identityProviderOf(new Slug(code)).isPresent();
              if (!hasProvider) {
                hospital.setErrorMessage(words("signIn.hospital.none", code));
                hospital.setInvalid(true);
                return;
              }
              String back =
                  ReturnAfterSignIn.remembered()
                      .map(
                          path ->
                              "?"
                                  + ReturnAfterSignIn.RETURN
                                  + "="
                                  + URLEncoder.encode(path, StandardCharsets.UTF_8))
                      .orElse("");
              UI.getCurrent()
                  .getPage()
                  .setLocation(
                      VaadinService.getCurrentRequest().getContextPath()
                          + HospitalSignInServlet.PATH
                          + code
                          + "/"
                          + back);
            });
    go.setId("hospital-sign-in");
    Details details = new Details(words("signIn.hospital.panel"), new VerticalLayout(hospital, go));
    details.setId("hospital-sign-in-panel");
    return details;
  }

  private static LoginI18n i18n() {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle(words("signIn.title"));
    i18n.getForm().setUsername(words("signIn.username"));
    i18n.getForm().setPassword(words("signIn.password"));
    i18n.getForm().setSubmit(words("signIn.title"));
    i18n.getErrorMessage().setTitle(words("signIn.refused"));
    return i18n;
  }
}
