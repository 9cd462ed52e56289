package org.trayflow.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.trayflow.platform.tenant.TenantScope;

/**
 * Hands Hibernate connections that carry the session's tenant to PostgreSQL's row-level security,
 * as transaction-local settings: they vanish when the transaction ends, so a pooled connection
 * never carries a tenant into the next one. Outside a transaction the setting lasts one statement,
 * and the policies then show nothing (decision 0005).
 */
public class RowSecuredConnections implements MultiTenantConnectionProvider<Long> {

  private static final String SCOPE_SQL =
      "select set_config('app.tenant_id', ?, true), set_config('app.scope', ?, true)";

  private transient DataSource dataSource;

  @Override
  public Connection getAnyConnection() throws SQLException {
    return dataSource().getConnection();
  }

  @Override
  public void releaseAnyConnection(Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public Connection getConnection(Long tenantIdentifier) throws SQLException {
    Connection connection = getAnyConnection();
    try (PreparedStatement scope = connection.prepareStatement(SCOPE_SQL)) {
      boolean acrossTenants = tenantIdentifier == TenantScope.ACROSS_TENANTS;
      scope.setString(1, tenantIdentifier > 0 ? tenantIdentifier.toString() : "");
      scope.setString(2, acrossTenants ? "platform" : "tenant");
      scope.execute();
      return connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public void releaseConnection(Long tenantIdentifier, Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public boolean supportsAggressiveRelease() {
    return true;
  }

  @Override
  public boolean isUnwrappableAs(Class<?> type) {
    return type.isAssignableFrom(getClass());
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    return type.cast(this);
  }

  private DataSource dataSource() throws SQLException {
    if (dataSource == null) {
      try {
        dataSource = InitialContext.doLookup(DataSources.APPLICATION);
      } catch (NamingException e) {
        throw new SQLException(
            "The data source " + DataSources.APPLICATION + " is not configured", e);
      }
    }
    return dataSource;
  }
}
