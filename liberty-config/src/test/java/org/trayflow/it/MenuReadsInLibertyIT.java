package org.trayflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redisson.api.RedissonClient;
import org.trayflow.menus.MenuWeek;
import org.trayflow.menus.PublishedMenu;
import org.trayflow.menus.PublishedMenus;
import org.trayflow.menus.persistence.PublishedMenuLoader;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenantconfig.Slug;

/**
 * Published menus inside the server, on the demo menus of this week: read in a fixed number of
 * statements, cached under the tenant's own keys, rebuilt when Redis forgets, and unchangeable even
 * by SQL.
 */
@ExtendWith(ArquillianExtension.class)
class MenuReadsInLibertyIT {

  private static final Slug ST_MUNGOS = new Slug("st-mungos");

  @Deployment
  static WebArchive deployment() {
    return TrayflowWar.with(
        MenuReadsInLibertyIT.class, TrayflowWar.class, TenantTransactions.class);
  }

  @Inject TenantDirectory directory;
  @Inject PublishedMenuLoader loader;
  @Inject PublishedMenus menus;
  @Inject RedissonClient redis;
  @Inject EntityManager em;

  private long stMungos;
  private final MenuWeek thisWeek = MenuWeek.containing(LocalDate.now());

  @BeforeEach
  void findStMungos() {
    stMungos = directory.findTenantId(ST_MUNGOS).orElseThrow();
  }

  @Test
  void a_published_menu_is_read_in_four_statements_however_many_dishes_it_has() throws Exception {
    Statistics statistics =
        TenantTransactions.inTransactionAs(
            stMungos,
            () -> em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics());
    // The count is the server's: a background job's query (credential polls run every second) may
    // fall inside one
    // read, never take one away, so the fewest of three reads is the loader's own.
    long statements = Long.MAX_VALUE;
    Optional<PublishedMenu> menu = Optional.empty();
    for (int read = 0; read < 3; read++) {
      long before = statistics.getPrepareStatementCount();
      menu = TenantScope.asTenant(stMungos, ST_MUNGOS, () -> loader.menu("central", thisWeek, 1));
      statements = Math.min(statements, statistics.getPrepareStatementCount() - before);
    }
    long dishes =
        menu.orElseThrow().days().stream()
            .flatMap(d -> d.meals().stream())
            .mapToLong(m -> m.dishes().size())
            .sum();
    assertTrue(dishes > 100, "the demo week has many dishes: " + dishes);
    // the week's menu, its dishes, the hospital's meals, and the site's id from tenancy
    assertTrue(statements <= 4, "statements: " + statements);
  }

  @Test
  void a_cached_menu_lives_under_its_tenants_keys_and_comes_back_after_redis_forgets_it() {
    redis.getKeys().deleteByPattern("trayflow:{st-mungos}:menu:*");

    PublishedMenu read =
        TenantScope.asTenant(stMungos, ST_MUNGOS, () -> newestMenu()).orElseThrow();
    long cachedKeys =
        redis.getKeys().getKeysStreamByPattern("trayflow:{st-mungos}:menu:central:*").count();
    redis.getKeys().deleteByPattern("trayflow:{st-mungos}:menu:*");
    PublishedMenu again =
        TenantScope.asTenant(stMungos, ST_MUNGOS, () -> newestMenu()).orElseThrow();

    assertEquals(2, cachedKeys, "the menu and the pointer to the newest version");
    assertEquals(
        0, redis.getKeys().getKeysStreamByPattern("trayflow:{riverside}:menu:central:*").count());
    assertEquals(read, again);
  }

  private Optional<PublishedMenu> newestMenu() {
    return menus
        .newestVersion("central", thisWeek)
        .flatMap(version -> menus.menu("central", thisWeek, version));
  }

  @Test
  void a_published_menu_cannot_be_changed_even_by_sql() throws Exception {
    assertThrows(
        IllegalStateException.class,
        () ->
            TenantTransactions.inTransactionAs(
                stMungos,
                () ->
                    em.createNativeQuery(
                            "update menu_offer set planned_portions = 1 where weekly_menu_id in"
                                + " (select id from weekly_menu where status = 'PUBLISHED')")
                        .executeUpdate()));
    assertThrows(
        IllegalStateException.class,
        () ->
            TenantTransactions.inTransactionAs(
                stMungos,
                () ->
                    em.createNativeQuery("delete from weekly_menu where status = 'PUBLISHED'")
                        .executeUpdate()));

    Number published =
        TenantTransactions.inTransactionAs(
            stMungos,
            () ->
                (Number)
                    em.createNativeQuery(
                            "select count(*) from weekly_menu where status = 'PUBLISHED'")
                        .getSingleResult());
    assertTrue(published.intValue() >= 2);
  }
}
