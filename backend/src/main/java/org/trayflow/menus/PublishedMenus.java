package org.trayflow.menus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.trayflow.menus.persistence.PublishedMenuLoader;
import org.trayflow.platform.tenant.TenantScope;

/**
 * Published menus as everyone reads them: through Redis, keyed by tenant, site, week and version
 * (decision 0008). A published version never changes, so its cached copy never goes stale; only the
 * pointer to a week's newest version is forgotten when a new version is committed.
 */
@ApplicationScoped
public class PublishedMenus {

  private static final Jsonb JSON = JsonbBuilder.create();

  /** About a week's menus of a few dozen hospitals' sites; a menu is some 100 KB parsed. */
  private static final int PARSED_MENUS_KEPT = 256;

  /**
   * Menus parsed, as the checkout reads them for every order: parsing a week's JSON costs more than
   * fetching it. Keyed as in Redis, by version, so never stale; the least recently read go first.
   */
  private final Map<ParsedMenu, PublishedMenu> parsed =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ParsedMenu, PublishedMenu> eldest) {
              return size() > PARSED_MENUS_KEPT;
            }
          });

  private record ParsedMenu(long tenantId, String site, MenuWeek week, int version) {}

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
    ParsedMenu key = new ParsedMenu(TenantScope.requiredTenant(), site, week, version);
    PublishedMenu known = parsed.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<PublishedMenu> read =
        document(site, week, version).map(json -> JSON.fromJson(json, PublishedMenu.class));
    read.ifPresent(menu -> parsed.put(key, menu));
    return read;
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
