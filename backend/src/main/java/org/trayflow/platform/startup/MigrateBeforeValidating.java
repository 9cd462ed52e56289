package org.trayflow.platform.startup;

import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Migrates the schema while Hibernate builds its session factory, just before it validates the entities
 * against that schema. Liberty builds the factory eagerly while the application starts, before any CDI
 * start-up event, so this is the one place that is surely first (decision 0002).
 */
public class MigrateBeforeValidating implements Integrator {

  @Override
  public void integrate(Metadata metadata, BootstrapContext bootstrap, SessionFactoryImplementor sessionFactory) {
    ConnectionProvider connections = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class);
    SchemaMigrations.apply(connections.unwrap(DataSource.class));
  }
}
