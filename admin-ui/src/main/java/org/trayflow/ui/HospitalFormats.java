package org.trayflow.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Optional;
import org.trayflow.identity.SignedInUser;
import org.trayflow.platform.HospitalLocale;
import org.trayflow.tenantconfig.Language;
import org.trayflow.ui.bedside.BedsideSession;
import org.trayflow.ui.signin.CurrentUser;

/**
 * Every screen is written in its reader's locale: a signed-in person's (their language, their
 * hospital's formats, whatever the browser says), a bedside's (the patient's hospital's, or the
 * language chosen there), and before anyone is known the browser's language where Trayflow writes
 * it, else British English. Set once on each UI, so that every word ({@link Translations}), time,
 * date picker and number field follows it rather than each choosing its own; a change of language
 * reloads the page.
 */
@ApplicationScoped
public final class HospitalFormats {

  void install(@Observes ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            init -> {
              Locale reader = reader();
              init.getUI().setLocale(reader);
              // screen readers pronounce the page in the language it declares
              init.getUI()
                  .getPage()
                  .executeJs("document.documentElement.lang = $0", reader.toLanguageTag());
            });
  }

  private static Locale reader() {
    return CurrentUser.get()
        .map(SignedInUser::locale)
        .or(BedsideSession::locale)
        .or(HospitalFormats::browsers)
        .orElse(HospitalLocale.FORMATS);
  }

  /** Before anyone is known: the browser's language where Trayflow writes it, British formats. */
  private static Optional<Locale> browsers() {
    return Optional.ofNullable(VaadinRequest.getCurrent())
        .map(VaadinRequest::getLocale)
        .flatMap(browser -> Language.of(browser.getLanguage()))
        .map(language -> HospitalLocale.forPerson(language.code(), HospitalLocale.FORMATS));
  }
}
