package org.trayflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.tenantconfig.Slug;

/**
 * Isolation in depth, inside the server: Hibernate's tenant discriminator and PostgreSQL's
 * row-level security each keep one hospital's rows from another, even for code that forgets to
 * filter.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  @Deployment
  static WebArchive deployment() {
    return TrayflowWar.with(TenantIsolationIT.class, TrayflowWar.class, TenantTransactions.class);
  }

  @Inject TenantDirectory directory;
  @Inject Sites sites;
  @Inject EntityManager em;

  private long stMungos;
  private long riverside;

  @BeforeEach
  void findTheDemoTenants() {
    stMungos = directory.findTenantId(new Slug("st-mungos")).orElseThrow();
    riverside = directory.findTenantId(new Slug("riverside")).orElseThrow();
  }

  @Test
  void each_tenant_sees_only_its_own_sites() {
    assertEquals(List.of("central", "riverside-wing"), siteSlugsOf(stMungos, "st-mungos"));
    assertEquals(
        List.of("eastgate", "lakeside-rehab", "main-campus"), siteSlugsOf(riverside, "riverside"));
  }

  @Test
  void without_a_tenant_scope_no_site_is_visible() {
    assertTrue(sites.listSites().isEmpty());
  }

  @Test
  void a_native_query_that_forgets_the_tenant_filter_sees_only_its_own_tenant() throws Exception {
    List<?> tenantIds =
        TenantTransactions.inTransactionAs(
            stMungos, () -> em.createNativeQuery("select tenant_id from site").getResultList());
    Number otherTenantsRows =
        TenantTransactions.inTransactionAs(
            stMungos,
            () ->
                (Number)
                    em.createNativeQuery("select count(*) from site where tenant_id = " + riverside)
                        .getSingleResult());
    Number visibleTenants =
        TenantTransactions.inTransactionAs(
            stMungos,
            () -> (Number) em.createNativeQuery("select count(*) from tenant").getSingleResult());

    assertEquals(2, tenantIds.size());
    assertTrue(tenantIds.stream().allMatch(id -> ((Number) id).longValue() == stMungos));
    assertEquals(0, otherTenantsRows.intValue());
    assertEquals(1, visibleTenants.intValue());
  }

  @Test
  void another_tenants_rows_cannot_be_updated_or_deleted() throws Exception {
    int changed =
        TenantTransactions.inTransactionAs(
            stMungos,
            () ->
                em.createQuery(
                            "update Site s set s.name = 'Renamed by another trust' where s.slug = 'eastgate'")
                        .executeUpdate()
                    + em.createNativeQuery(
                            "update site set name = 'Renamed by another trust' where tenant_id = "
                                + riverside)
                        .executeUpdate()
                    + em.createQuery("delete from Site s where s.slug = 'lakeside-rehab'")
                        .executeUpdate()
                    + em.createNativeQuery("delete from site where tenant_id = " + riverside)
                        .executeUpdate());

    assertEquals(0, changed);
    List<String> names =
        TenantScope.asTenant(riverside, new Slug("riverside"), sites::listSites).stream()
            .map(TenantSummary.SiteSummary::name)
            .toList();
    assertEquals(3, names.size());
    assertFalse(names.contains("Renamed by another trust"));
  }

  @Test
  void a_row_cannot_be_written_into_another_tenant() {
    assertThrows(
        Exception.class,
        () ->
            TenantTransactions.inTransactionAs(
                stMungos,
                () ->
                    em.createNativeQuery(
                            "insert into site (tenant_id, slug, name) values ("
                                + riverside
                                + ", 'smuggled', 'Smuggled')")
                        .executeUpdate()));

    assertFalse(siteSlugsOf(riverside, "riverside").contains("smuggled"));
  }

  @Test
  void the_application_connects_as_a_role_that_row_security_holds() throws Exception {
    Object[] role =
        TenantTransactions.inTransactionAs(
            stMungos,
            () ->
                (Object[])
                    em.createNativeQuery(
                            "select rolsuper, rolbypassrls, (select count(*) from pg_tables where tableowner = current_user)"
                                + " from pg_roles where rolname = current_user")
                        .getSingleResult());

    assertEquals(Boolean.FALSE, role[0], "superuser");
    assertEquals(Boolean.FALSE, role[1], "bypasses row-level security");
    assertEquals(0, ((Number) role[2]).intValue(), "tables owned");
  }

  private List<String> siteSlugsOf(long tenant, String slug) {
    return TenantScope.asTenant(tenant, new Slug(slug), sites::listSites).stream()
        .map(TenantSummary.SiteSummary::slug)
        .toList();
  }
}
