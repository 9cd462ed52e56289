package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trayflow.identity.People;
import org.trayflow.notifications.persistence.TenantWordings;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.tenantconfig.NotificationKind;

/** A tenant's own wording of each kind of notification, per language; without it, Trayflow's. */
@ApplicationScoped
@Transactional
public class NotificationTemplates {

  private static final Set<String> PLACEHOLDERS =
      Set.of(
          "day",
          "meal",
          "site",
          "location",
          "lines",
          "status",
          "orderId",
          "weekStart",
          "version",
          "name",
          "left",
          "closesAt");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  @Inject TenantWordings tenants;

  /**
   * @param own whether the tenant wrote it, rather than Trayflow
   */
  public record Wording(String kind, String language, String subject, String body, boolean own) {}

  public List<Wording> all() {
    List<Wording> all = new ArrayList<>();
    for (NotificationKind kind : NotificationKind.values()) {
      for (String language : People.LANGUAGES) {
        all.add(
            tenants
                .of(kind, language)
                .map(own -> new Wording(kind.word(), language, own.subject(), own.body(), true))
                .orElseGet(() -> trayflows(kind, language)));
      }
    }
    return all;
  }

  public Wording write(String kind, String language, String subject, String body) {
    NotificationKind known = known(kind, language);
    List<ExpectedFailure.Detail> problems = new ArrayList<>();
    check("subject", subject, 300, problems);
    check("body", body, 4000, problems);
    if (!problems.isEmpty()) {
      throw new TemplateNotAccepted(problems);
    }
    tenants.keep(known, language, new TenantWordings.Wording(subject.strip(), body.strip()));
    return new Wording(known.word(), language, subject.strip(), body.strip(), true);
  }

  /** Back to Trayflow's own wording. */
  public Wording forget(String kind, String language) {
    NotificationKind known = known(kind, language);
    tenants.forget(known, language);
    return trayflows(known, language);
  }

  private static Wording trayflows(NotificationKind kind, String language) {
    ResourceBundle own =
        ResourceBundle.getBundle(
            Templates.OWN,
            Locale.forLanguageTag(language),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Wording(
        kind.word(),
        language,
        own.getString(kind.word() + ".subject"),
        own.getString(kind.word() + ".body"),
        false);
  }

  private static NotificationKind known(String kind, String language) {
    List<ExpectedFailure.Detail> problems = new ArrayList<>();
    NotificationKind known = null;
    try {
      known = Preferences.kindOf(kind);
    } catch (IllegalArgumentException unknown) {
      problems.add(
          new ExpectedFailure.Detail(
              "kind",
              "one of "
                  + String.join(
                      ", ",
                      Arrays.stream(NotificationKind.values())
                          .map(NotificationKind::word)
                          .toList())));
    }
    if (!People.LANGUAGES.contains(language)) {
      problems.add(
          new ExpectedFailure.Detail("language", "one of " + String.join(", ", People.LANGUAGES)));
    }
    if (!problems.isEmpty()) {
      throw new TemplateNotAccepted(problems);
    }
    return known;
  }

  private static void check(
      String field, String text, int longest, List<ExpectedFailure.Detail> problems) {
    if (text == null || text.isBlank() || text.length() > longest) {
      problems.add(new ExpectedFailure.Detail(field, "1 to " + longest + " characters"));
      return;
    }
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      if (!PLACEHOLDERS.contains(placeholder.group(1))) {
        problems.add(
            new ExpectedFailure.Detail(
                field,
                "{"
                    + placeholder.group(1)
                    + "} is not a placeholder; use "
                    + String.join(
                        ", ", PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList())));
      }
    }
  }

  /** A wording that names an unknown kind, language or placeholder, or is empty or too long. */
  public static final class TemplateNotAccepted extends ExpectedFailure {
    TemplateNotAccepted(List<Detail> problems) {
      super(
          Kind.INVALID,
          "template-not-accepted",
          "The wording cannot be used as it is; nothing was changed.",
          problems);
    }
  }
}
