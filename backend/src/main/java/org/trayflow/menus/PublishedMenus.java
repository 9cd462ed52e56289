package org.trayflow.menus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.trayflow.menus.persistence.PublishedMenuLoader;

/**
 * Published menus as everyone reads them: through Redis, keyed by tenant, site, week and version
 * (decision 0008). A published version never changes, so its cached copy never goes stale; only the
 * pointer to a week's newest version is forgotten when a new version is committed.
 */
@ApplicationScoped
public class PublishedMenus {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject MenuCache cache;
  @Inject PublishedMenuLoader loader;

  /** The newest published version of the site's week, without loading the menu (for ETags). */
  public Optional<Integer> newestVersion(@NotBlank String site, @NotNull MenuWeek week) {
    Optional<Integer> cached = cache.newestVersion(site, week);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<Integer> stored = loader.newestVersion(site, week);
    stored.ifPresent(version -> cache.rememberNewestVersion(site, week, version));
    return stored;
  }

  /** The newest published version of the site's week, if there is one. */
  public Optional<PublishedMenu> newest(@NotBlank String site, @NotNull MenuWeek week) {
    return newestVersion(site, week).flatMap(version -> menu(site, week, version));
  }

  public Optional<PublishedMenu> menu(@NotBlank String site, @NotNull MenuWeek week, int version) {
    return document(site, week, version).map(json -> JSON.fromJson(json, PublishedMenu.class));
  }

  /**
   * The menu as the JSON document the API serves whole: read from Redis and sent on without being
   * parsed, the reason the cache holds documents rather than objects.
   */
  public Optional<String> document(@NotBlank String site, @NotNull MenuWeek week, int version) {
    Optional<String> cached = cache.menu(site, week, version);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<String> stored = loader.menu(site, week, version).map(JSON::toJson);
    stored.ifPresent(json -> cache.remember(site, week, version, json));
    return stored;
  }

  /**
   * Readers keep seeing the version before until the publication is committed; then the pointer is
   * dropped.
   */
  void forgetNewestOnceCommitted(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) MenuPublished menu) {
    cache.forgetNewestVersion(menu.site(), new MenuWeek(menu.monday()));
  }
}
