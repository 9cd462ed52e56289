package org.trayflow.platform.startup;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the migrations of {@code db-migrations}. Flyway's own lock
 * keeps app instances that start together from racing each other.
 */
final class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  private SchemaMigrations() {}

  static void apply(DataSource dataSource) {
    MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " migration(s) applied)");
  }
}
