package org.trayflow.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.trayflow.batch.sitecensus.SiteCensusJob;
import org.trayflow.tenancy.SiteCensus;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenancy.TenantRegistration;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.tenantconfig.DemoTenants;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * Runs inside the real Liberty server, with the application's own beans: Hibernate on PostgreSQL,
 * Redisson on Redis, and a Jakarta Batch job whose repository is in PostgreSQL. The deployment is
 * the built WAR itself (under another name) plus this class, so nothing is listed by hand.
 */
@ExtendWith(ArquillianExtension.class)
class StackInLibertyIT {

  private static final Slug ST_MUNGOS = new Slug("st-mungos");
  private static final Set<BatchStatus> FINISHED =
      Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

  @Deployment
  static WebArchive deployment() {
    return TrayflowWar.with(StackInLibertyIT.class, TrayflowWar.class)
        .addAsLibraries(TrayflowWar.jarsOf(Awaitility.class, Matcher.class));
  }

  @Inject TenantDirectory directory;
  @Inject TenantRegistration registration;
  @Inject SiteCensus census;
  @Inject RedissonClient redis;

  @Inject EntityManagerFactory persistenceUnit;

  @Test
  void a_demo_tenant_is_read_through_hibernate_from_postgresql() {
    TenantSummary tenant = directory.findTenant(ST_MUNGOS).orElseThrow();

    assertEquals("St Mungo's Hospitals NHS Trust", tenant.name());
    assertEquals(2, tenant.sites().size());
    assertNotNull(
        persistenceUnit.unwrap(SessionFactory.class), "the persistence provider is Hibernate ORM");
  }

  @Test
  void registering_the_demo_tenants_again_changes_nothing() {
    int before = directory.listTenants().size();

    for (TenantConfiguration demo : DemoTenants.all()) {
      assertFalse(registration.registerIfAbsent(demo, "it"), demo.slug() + " was registered twice");
    }
    assertEquals(before, directory.listTenants().size());
  }

  @Test
  void a_value_round_trips_through_redisson() {
    RBucket<String> bucket = redis.getBucket("trayflow:it:" + UUID.randomUUID());
    try {
      bucket.set("shepherd's pie");
      assertEquals("shepherd's pie", redis.<String>getBucket(bucket.getName()).get());
    } finally {
      bucket.delete();
    }
  }

  @Test
  void the_site_census_job_completes_and_leaves_its_counts_in_redis() throws Exception {
    census.forget(ST_MUNGOS);
    JobOperator jobs = BatchRuntime.getJobOperator();

    long execution = jobs.start(SiteCensusJob.NAME, new Properties());
    BatchStatus status = awaitFinished(jobs, execution, Duration.ofSeconds(60));

    assertEquals(BatchStatus.COMPLETED, status);
    long expected = directory.findTenant(ST_MUNGOS).orElseThrow().sites().size();
    assertEquals(expected, census.recordedSiteCount(ST_MUNGOS).orElseThrow());
    assertTrue(
        executionIsStoredInPostgresql(execution), "the job repository is PostgreSQL, not memory");
  }

  private static BatchStatus awaitFinished(JobOperator jobs, long execution, Duration within)
      throws InterruptedException {
    return await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> jobs.getJobExecution(execution).getBatchStatus(), FINISHED::contains);
  }

  private static boolean executionIsStoredInPostgresql(long execution)
      throws SQLException, NamingException {
    DataSource dataSource = InitialContext.doLookup("jdbc/trayflow");
    try (Connection connection = dataSource.getConnection();
        var query =
            connection.prepareStatement(
                "select count(*) from jbatch.jobexecution where jobexecid = ?")) {
      query.setLong(1, execution);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() && rows.getLong(1) == 1;
      }
    }
  }
}
