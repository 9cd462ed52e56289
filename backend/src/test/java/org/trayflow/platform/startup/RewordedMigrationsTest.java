package org.trayflow.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.filesystem.FileSystemResource;
import org.junit.jupiter.api.Test;

/**
 * The reworded migrations' new checksums are those of the files as they are: a further edit of one
 * of them is noticed here, before a database refuses to start.
 */
class RewordedMigrationsTest {

  private static final Path MIGRATIONS =
      Path.of("../db-migrations/src/main/resources/db/migration").toAbsolutePath().normalize();

  @Test
  void each_reworded_migration_is_acknowledged_with_the_checksum_of_its_file() {
    assertThat(RewordedMigrations.REWORDED).isNotEmpty();
    RewordedMigrations.REWORDED.forEach(
        (version, checksums) ->
            assertThat(checksumOf(version))
                .as("V" + version + " as it is now")
                .isEqualTo(checksums[1])
                .isNotEqualTo(checksums[0]));
  }

  private static int checksumOf(String version) {
    File[] files =
        MIGRATIONS.toFile().listFiles((dir, name) -> name.startsWith("V" + version + "__"));
    assertThat(files).hasSize(1);
    return ChecksumCalculator.calculate(
        new FileSystemResource(
            null,
            Arrays.stream(files).findFirst().orElseThrow().getAbsolutePath(),
            StandardCharsets.UTF_8,
            false));
  }
}
