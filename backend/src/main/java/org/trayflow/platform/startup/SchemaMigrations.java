package org.trayflow.platform.startup;

import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the migrations of {@code db-migrations}. Flyway's own
 * lock keeps app instances that start together from racing each other.
 */
final class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  private SchemaMigrations() {}

  /**
   * @param applicationRole the database role the application connects as, granted access by
   *     migrations
   */
  static void apply(DataSource schemaOwner, String applicationRole) throws SQLException {
    RewordedMigrations.acknowledge(schemaOwner);
    MigrateResult result =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(schemaOwner)
            .locations("classpath:db/migration")
            .placeholders(Map.of("appRole", applicationRole))
            .load()
            .migrate();
    String version =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    LOG.info(
        () ->
            "Database schema at version "
                + version
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied)");
  }
}
