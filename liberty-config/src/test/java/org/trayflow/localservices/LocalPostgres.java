package org.trayflow.localservices;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** Finds or starts the PostgreSQL that Trayflow runs on, and makes its database and role. */
final class LocalPostgres {

  private static final String HOST = "127.0.0.1";

  private LocalPostgres() {}

  static LocalServices.Database provide(
      Map<String, String> env,
      String name,
      Path dataDir,
      boolean fresh,
      List<AutoCloseable> started)
      throws IOException, SQLException {
    String configured = env.get("TRAYFLOW_DB_URL");
    if (configured != null && !configured.isBlank()) {
      log("PostgreSQL: using TRAYFLOW_DB_URL " + configured);
      return new LocalServices.Database(
          configured,
          new LocalServices.Role(
              env.getOrDefault("TRAYFLOW_DB_OWNER_USER", "trayflow"),
              env.getOrDefault("TRAYFLOW_DB_OWNER_PASSWORD", "")),
          new LocalServices.Role(
              env.getOrDefault("TRAYFLOW_DB_USER", "trayflow_app"),
              env.getOrDefault("TRAYFLOW_DB_PASSWORD", "")));
    }
    int localPort = Integer.parseInt(env.getOrDefault("TRAYFLOW_LOCAL_PG_PORT", "5432"));
    String adminUser = env.getOrDefault("TRAYFLOW_LOCAL_PG_ADMIN", "postgres");
    String adminUrl = "jdbc:postgresql://" + HOST + ":" + localPort + "/postgres";
    int port;
    if (answers(adminUrl, adminUser)) {
      log("PostgreSQL: using the local server on port " + localPort);
      port = localPort;
    } else {
      port = startEmbedded(dataDir, fresh, started);
      adminUrl = "jdbc:postgresql://" + HOST + ":" + port + "/postgres";
    }
    LocalServices.Role owner = new LocalServices.Role(name, name);
    LocalServices.Role application = new LocalServices.Role(name + "_app", name + "_app");
    createDatabase(adminUrl, adminUser, name, owner, application, fresh);
    return new LocalServices.Database(
        "jdbc:postgresql://" + HOST + ":" + port + "/" + name, owner, application);
  }

  private static boolean answers(String url, String user) {
    try (Connection ignored = DriverManager.getConnection(url, user, "")) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static int startEmbedded(Path dataDir, boolean fresh, List<AutoCloseable> started)
      throws IOException {
    int port = freePort();
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder().setPort(port).setServerConfig("max_connections", "200");
    if (dataDir != null) {
      Path pgData = dataDir.resolve("postgres");
      Files.createDirectories(pgData);
      builder.setDataDirectory(pgData).setCleanDataDirectory(fresh);
    }
    log(
        "PostgreSQL: no local server answered; starting an embedded one on port "
            + port
            + (dataDir != null ? " (data in " + dataDir.resolve("postgres") + ")" : ""));
    EmbeddedPostgres postgres = builder.start();
    started.add(postgres);
    return port;
  }

  /** Neither role is a superuser or may bypass row security; only the owner owns anything. */
  private static void createDatabase(
      String adminUrl,
      String adminUser,
      String name,
      LocalServices.Role owner,
      LocalServices.Role application,
      boolean fresh)
      throws SQLException {
    try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, "");
        Statement sql = admin.createStatement()) {
      if (fresh) {
        sql.execute("drop database if exists " + name + " with (force)");
      }
      createRole(sql, owner);
      createRole(sql, application);
      if (!exists(sql, "select 1 from pg_database where datname = '" + name + "'")) {
        sql.execute("create database " + name + " owner " + owner.user());
        log(
            "PostgreSQL: created database "
                + name
                + " (owner "
                + owner.user()
                + ", application role "
                + application.user()
                + ")");
      }
    }
  }

  private static void createRole(Statement sql, LocalServices.Role role) throws SQLException {
    if (!exists(sql, "select 1 from pg_roles where rolname = '" + role.user() + "'")) {
      sql.execute(
          "create role "
              + role.user()
              + " login password '"
              + role.password()
              + "' nosuperuser nobypassrls nocreatedb nocreaterole");
    }
  }

  private static boolean exists(Statement sql, String query) throws SQLException {
    try (var rows = sql.executeQuery(query)) {
      return rows.next();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static void log(String message) {
    System.out.println("[trayflow] " + message);
  }
}
