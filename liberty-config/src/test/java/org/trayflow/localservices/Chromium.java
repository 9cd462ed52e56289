package org.trayflow.localservices;

import static org.trayflow.localservices.LocalPostgres.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The browser tests drive Debian's Chromium; never a browser downloaded by a test tool. */
final class Chromium {

  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

  private Chromium() {}

  static void ensureInstalled() throws IOException, InterruptedException {
    if (Files.isExecutable(EXECUTABLE)) {
      return;
    }
    log("Chromium is missing: installing Debian's chromium package for the browser tests");
    run("apt-get", "update", "-qq");
    run("apt-get", "install", "-y", "-qq", "chromium");
  }

  private static void run(String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
    int exit = builder.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(
          String.join(" ", command)
              + " failed (exit "
              + exit
              + "); install Chromium by hand: apt-get install chromium");
    }
  }
}
