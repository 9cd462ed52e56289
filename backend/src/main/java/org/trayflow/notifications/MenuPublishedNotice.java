package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Clock;
import org.trayflow.menus.MenuPublished;
import org.trayflow.tenantconfig.NotificationKind;

/**
 * Tells the site's staff that a week's menu is out: written with the publication, sent when the
 * drain allows.
 */
@ApplicationScoped
class MenuPublishedNotice {

  @Inject Outbox outbox;
  @Inject Clock clock;

  void onPublished(@Observes MenuPublished published) {
    outbox.add(
        NotificationKind.MENU_PUBLISHED,
        published.siteId(),
        Json.createObjectBuilder()
            .add("site", published.site())
            .add("weekStart", published.monday().toString())
            .add("version", published.version())
            .build(),
        clock.instant());
  }
}
