package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenantconfig.NotificationKind;

/**
 * Each person's choice of channels per kind of notification; what they never chose is the kind's
 * default.
 */
@ApplicationScoped
@Transactional
public class Preferences {

  @Inject EntityManager em;

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
    NativeRows.of(
            em.createNativeQuery(
                    "select kind, by_email, in_inbox from notification_preference"
                        + " where username = ?1")
                .setParameter(1, username))
        .forEach(
            row -> {
              NotificationKind kind = kindOf((String) row[0]);
              chosen.put(kind, new Choice(kind, (Boolean) row[1], (Boolean) row[2]));
            });
    return Arrays.stream(NotificationKind.values())
        .map(k -> chosen.getOrDefault(k, Choice.byDefault(k)))
        .toList();
  }

  Choice of(String username, NotificationKind kind) {
    return of(username).stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
  }

  public void choose(String username, Choice choice) {
    em.createNativeQuery(
            "insert into notification_preference (tenant_id, username, kind, by_email, in_inbox)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict (tenant_id, username, kind)"
                + " do update set by_email = excluded.by_email, in_inbox = excluded.in_inbox")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, username)
        .setParameter(3, choice.kind().word())
        .setParameter(4, choice.byEmail())
        .setParameter(5, choice.inInbox())
        .executeUpdate();
  }

  static NotificationKind kindOf(String word) {
    return NotificationKind.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
