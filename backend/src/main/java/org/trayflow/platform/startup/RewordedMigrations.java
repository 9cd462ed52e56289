package org.trayflow.platform.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Migrations whose comments were reworded after they were applied (docs/decisions/0019): their
 * statements are unchanged, but Flyway's checksum covers comments too, so a database migrated
 * before would refuse to start. Each such migration's stored checksum is moved from the old text's
 * to the new text's, and only when it is exactly the old text's: any other difference still stops
 * the start, as Flyway means it to.
 */
final class RewordedMigrations {

  private static final Logger LOG = Logger.getLogger(RewordedMigrations.class.getName());

  /** Version → {checksum of the text as first applied, checksum of the reworded text}. */
  static final Map<String, int[]> REWORDED =
      Map.ofEntries(
          Map.entry("7", new int[] {1587699021, 1765667584}),
          Map.entry("8", new int[] {1245580345, -650520445}),
          Map.entry("10", new int[] {720188987, -934517778}),
          Map.entry("11", new int[] {-237274307, -2066206040}),
          Map.entry("12", new int[] {795642634, -1848319992}),
          Map.entry("13", new int[] {1776506706, 502172747}),
          Map.entry("14", new int[] {-294378885, 1057029266}),
          Map.entry("15", new int[] {1566018705, -272751670}),
          Map.entry("16", new int[] {-718309754, 384798275}),
          Map.entry("17", new int[] {274785419, -71956035}),
          Map.entry("18", new int[] {1314697410, -612463349}));

  private RewordedMigrations() {}

  static void acknowledge(DataSource schemaOwner) throws SQLException {
    try (Connection connection = schemaOwner.getConnection()) {
      if (!historyExists(connection)) {
        return;
      }
      int moved = 0;
      try (PreparedStatement update =
          connection.prepareStatement(
              "update flyway_schema_history set checksum = ? where version = ? and checksum = ?")) {
        for (Map.Entry<String, int[]> migration : REWORDED.entrySet()) {
          update.setInt(1, migration.getValue()[1]);
          update.setString(2, migration.getKey());
          update.setInt(3, migration.getValue()[0]);
          moved += update.executeUpdate();
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      if (moved > 0) {
        int count = moved;
        LOG.info(() -> count + " migration(s) applied before their comments were reworded");
      }
    }
  }

  private static boolean historyExists(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement("select to_regclass('flyway_schema_history') is not null");
        ResultSet result = query.executeQuery()) {
      return result.next() && result.getBoolean(1);
    }
  }
}
