package org.trayflow.platform.startup;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.trayflow.platform.persistence.DataSources;

/**
 * Migrates the schema while Hibernate builds its session factory, just before it validates the
 * entities against that schema. Liberty builds the factory eagerly while the application starts,
 * before any CDI start-up event, so this is the one place that is surely first (decision 0002).
 * Migrations run as the schema owner and grant the application's role what it needs.
 */
public class MigrateBeforeValidating implements Integrator {

  @Override
  public void integrate(
      Metadata metadata, BootstrapContext bootstrap, SessionFactoryImplementor sessionFactory) {
    try {
      SchemaMigrations.apply(
          lookup(DataSources.SCHEMA_OWNER), roleOf(lookup(DataSources.APPLICATION)));
    } catch (NamingException | SQLException e) {
      throw new IllegalStateException("Cannot migrate the database schema: " + e.getMessage(), e);
    }
  }

  private static DataSource lookup(String name) throws NamingException {
    return InitialContext.doLookup(name);
  }

  private static String roleOf(DataSource application) throws SQLException {
    try (Connection connection = application.getConnection()) {
      return connection.getMetaData().getUserName();
    }
  }
}
