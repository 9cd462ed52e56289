package org.trayflow.localservices;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where Trayflow's PostgreSQL and Redis are, and the embedded servers to stop when done. */
record LocalServices(
    Database database, String redisUrl, int redisDatabase, List<AutoCloseable> started)
    implements AutoCloseable {

  /**
   * Where the database is, with two roles: the owner, who runs migrations, and the application's
   * role, which owns nothing and so is held by row-level security. Neither is a superuser.
   */
  record Database(String url, Role owner, Role application) {}

  record Role(String user, String password) {}

  /**
   * @param name database and role name when we create them
   * @param dataDir where an embedded PostgreSQL keeps its data between runs; null for a throw-away
   *     one
   * @param fresh whether to start from an empty database (tests) or keep what is there (run)
   */
  static LocalServices provide(Map<String, String> env, String name, Path dataDir, boolean fresh)
      throws Exception {
    List<AutoCloseable> started = new ArrayList<>();
    Database database = LocalPostgres.provide(env, name, dataDir, fresh, started);
    String redisUrl = LocalRedis.provide(env, started);
    int redisDatabase = fresh ? LocalRedis.TEST_DATABASE : 0;
    if (fresh) {
      LocalRedis.flush(redisUrl, redisDatabase);
    }
    return new LocalServices(database, redisUrl, redisDatabase, List.copyOf(started));
  }

  @Override
  public void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      AutoCloseable service = started.get(i);
      try {
        service.close();
      } catch (Exception e) {
        System.err.println("[trayflow] could not stop " + service + ": " + e.getMessage());
      }
    }
  }
}
