package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trayflow.notifications.persistence.ChosenChannels;
import org.trayflow.tenantconfig.NotificationKind;

/**
 * Each person's choice of channels per kind of notification; what they never chose is the kind's
 * default.
 */
@ApplicationScoped
@Transactional
public class Preferences {

  @Inject ChosenChannels channels;

  public record Choice(NotificationKind kind, boolean byEmail, boolean inInbox) {

    /**
     * E-mail and inbox for what concerns a person's own orders and work; a new menu only in the
     * inbox.
     */
    static Choice byDefault(NotificationKind kind) {
      return new Choice(kind, kind != NotificationKind.MENU_PUBLISHED, true);
    }
  }

  /** Every kind, chosen or by default. */
  public List<Choice> of(String username) {
    Map<NotificationKind, Choice> chosen = new HashMap<>();
    channels
        .of(username)
        .forEach(
            row -> {
              NotificationKind kind = kindOf(row.kind());
              chosen.put(kind, new Choice(kind, row.byEmail(), row.inInbox()));
            });
    return Arrays.stream(NotificationKind.values())
        .map(k -> chosen.getOrDefault(k, Choice.byDefault(k)))
        .toList();
  }

  Choice of(String username, NotificationKind kind) {
    return of(username).stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
  }

  public void choose(String username, Choice choice) {
    channels.choose(
        username,
        new ChosenChannels.Chosen(choice.kind().word(), choice.byEmail(), choice.inInbox()));
  }

  static NotificationKind kindOf(String word) {
    return NotificationKind.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
